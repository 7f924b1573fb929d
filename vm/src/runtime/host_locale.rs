//! The host's locale, resolved once the way `java` resolves it: the C
//! library's `setlocale(LC_ALL, "")` over `LC_ALL`/`LC_*`/`LANG`, so a
//! locale that is not installed falls back to `C` exactly as there. From it
//! come the platform encoding (`file.encoding`, the console's encoding) and
//! `user.language`/`user.country` (`Locale.getDefault()`).
//!
//! The process locale is put back to `C` afterwards: nothing in crema may
//! depend on the C library's locale-sensitive functions.

use std::ffi::CStr;
use std::sync::OnceLock;

/// What the host's locale settings resolve to.
#[derive(Debug)]
pub struct HostLocale {
    /// The `LC_MESSAGES` locale's name (`en_US.UTF-8`, `C`, ...).
    pub messages: String,
    /// `nl_langinfo(CODESET)` in the `LC_CTYPE` locale (`UTF-8`, `ANSI_X3.4-1968`).
    pub codeset: String,
}

impl HostLocale {
    /// `user.language` and `user.country` as HotSpot derives them: `C` and
    /// `POSIX` are `en_US`; `ll_CC.codeset@modifier` is (`ll`, `CC`); the
    /// `C.UTF-8` locale is English with no country.
    pub fn language_and_country(&self) -> (String, String) {
        let name = self.messages.as_str();
        if name == "C" || name == "POSIX" {
            return ("en".into(), "US".into());
        }
        let base = name.split(['.', '@']).next().unwrap_or("");
        if base.is_empty() || base == "C" || base == "POSIX" {
            return ("en".into(), String::new());
        }
        let (language, country) = base.split_once('_').unwrap_or((base, ""));
        (language.to_ascii_lowercase(), country.to_ascii_uppercase())
    }

    pub fn is_utf8(&self) -> bool {
        let c = self.codeset.to_ascii_lowercase();
        c == "utf-8" || c == "utf8"
    }
}

/// The host's locale, resolved on first use.
pub fn host_locale() -> &'static HostLocale {
    static LOCALE: OnceLock<HostLocale> = OnceLock::new();
    LOCALE.get_or_init(resolve)
}

fn resolve() -> HostLocale {
    let copy = |p: *const libc::c_char| {
        // SAFETY: setlocale/nl_langinfo return null or a NUL-terminated
        // string that stays valid until the next call; it is copied at once.
        (!p.is_null()).then(|| unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned())
    };
    // SAFETY: called once, before any other thread of crema uses the C
    // library's locale; the arguments are NUL-terminated literals.
    unsafe {
        if libc::setlocale(libc::LC_ALL, c"".as_ptr()).is_null() {
            return HostLocale { messages: "C".into(), codeset: "ANSI_X3.4-1968".into() };
        }
        let messages = copy(libc::setlocale(libc::LC_MESSAGES, std::ptr::null())).unwrap_or_else(|| "C".into());
        let codeset = copy(libc::nl_langinfo(libc::CODESET)).unwrap_or_else(|| "ANSI_X3.4-1968".into());
        libc::setlocale(libc::LC_ALL, c"C".as_ptr());
        HostLocale { messages, codeset }
    }
}

#[cfg(test)]
mod tests {
    use super::HostLocale;

    #[test]
    fn names_become_language_and_country() {
        let of =
            |messages: &str| HostLocale { messages: messages.into(), codeset: "UTF-8".into() }.language_and_country();
        assert_eq!(of("C"), ("en".into(), "US".into()));
        assert_eq!(of("POSIX"), ("en".into(), "US".into()));
        assert_eq!(of("C.UTF-8"), ("en".into(), String::new()));
        assert_eq!(of("fr_CA.UTF-8"), ("fr".into(), "CA".into()));
        assert_eq!(of("de_DE@euro"), ("de".into(), "DE".into()));
    }
}
