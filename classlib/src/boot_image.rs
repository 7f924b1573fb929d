//! The embedded boot image: the class library's class files, indexed by
//! name (format in `build.rs`).

use std::borrow::Cow;

use crema_vm::loader::ClassSource;

static IMAGE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/boot.img"));

/// The class files of the class library, embedded in the binary.
pub struct BootImage {
    /// (name, start, len) into `IMAGE`, sorted by name.
    index: Vec<(&'static str, usize, usize)>,
}

impl BootImage {
    /// Reads the image's index (a few thousand bytes; no class is parsed).
    pub fn new() -> BootImage {
        let u32_at = |p: usize| u32::from_le_bytes(IMAGE[p..p + 4].try_into().unwrap()) as usize;
        let count = u32_at(0);
        let mut index = Vec::with_capacity(count);
        let mut p = 4;
        for _ in 0..count {
            let len = u16::from_le_bytes([IMAGE[p], IMAGE[p + 1]]) as usize;
            let name = std::str::from_utf8(&IMAGE[p + 2..p + 2 + len]).expect("class names are UTF-8");
            p += 2 + len;
            index.push((name, u32_at(p), u32_at(p + 4)));
            p += 8;
        }
        let data = p;
        for e in index.iter_mut() {
            e.1 += data;
        }
        BootImage { index }
    }

    /// The number of classes in the image.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// The size of the embedded image in bytes.
    pub fn size_bytes() -> usize {
        IMAGE.len()
    }
}

impl Default for BootImage {
    fn default() -> BootImage {
        BootImage::new()
    }
}

impl ClassSource for BootImage {
    fn find(&self, name: &str) -> Option<Cow<'_, [u8]>> {
        let i = self.index.binary_search_by(|e| e.0.cmp(name)).ok()?;
        let (_, start, len) = self.index[i];
        Some(Cow::Borrowed(&IMAGE[start..start + len]))
    }

    fn describe(&self, _name: &str) -> String {
        "jrt:/java.base".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_image_holds_the_core_classes() {
        let image = BootImage::new();
        for name in ["java/lang/Object", "java/lang/String", "java/lang/Class", "java/util/HashMap"] {
            let bytes = image.find(name).unwrap_or_else(|| panic!("{name} missing"));
            assert_eq!(&bytes[..4], &[0xCA, 0xFE, 0xBA, 0xBE]);
        }
        assert!(image.find("java/lang/Nope").is_none());
    }
}
