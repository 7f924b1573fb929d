//! `java.lang.String` from Rust: creating, reading and interning strings.
//!
//! crema's `String` keeps its text as UTF-16 in a `char[] value` field
//! (offset in [`WellKnown`](super::well_known::WellKnown)). The intern
//! table maps text to the one canonical `String` per distinct text; its
//! cells are weak roots (a string nothing else holds is dropped by a full
//! collection; interning the text again makes a new one).

use std::collections::HashMap;
use std::sync::Mutex;

use crate::oops::{self, Oop, OopCell};

use super::JavaThread;
use super::exceptions::JResult;

/// Interned strings, by text.
#[derive(Default)]
pub struct StringTable {
    table: Mutex<HashMap<Box<[u16]>, OopCell>>,
}

impl StringTable {
    /// Calls `visit` with every interned string's cell (weak roots: a
    /// string only the table holds is dropped by a full collection).
    pub fn for_each_root(&self, visit: &mut dyn FnMut(*mut usize)) {
        for cell in self.table.lock().unwrap().values() {
            visit(cell.slot());
        }
    }

    /// Drops the strings a full collection found unreachable.
    pub(crate) fn prune(&self, is_marked: &dyn Fn(usize) -> bool) {
        self.table.lock().unwrap().retain(|_, cell| cell.get().is_some_and(|s| is_marked(s.addr())));
    }

    pub fn len(&self) -> usize {
        self.table.lock().unwrap().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl JavaThread {
    /// A new `String` holding `text`.
    pub fn new_string(&self, text: &str) -> JResult<Oop> {
        let utf16: Vec<u16> = text.encode_utf16().collect();
        self.new_string_utf16(&utf16)
    }

    /// A new `String` holding the UTF-16 `chars`.
    pub fn new_string_utf16(&self, chars: &[u16]) -> JResult<Oop> {
        let wk = self.vm().well_known();
        let len = i32::try_from(chars.len()).map_err(|_| self.throw_oom("String too long"))?;
        let value = self.alloc_array(wk.char_array, len)?;
        // SAFETY: `value` is a fresh char[] of chars.len() elements; no
        // safepoint happens while the slice is alive.
        unsafe { oops::array_slice_mut::<u16>(value).copy_from_slice(chars) };
        let scope = self.scope();
        let value = scope.oop_handle(value);
        let s = self.alloc_instance(wk.string)?;
        oops::put_ref(s, wk.string_value as usize, Some(value.get()));
        Ok(s)
    }

    /// The canonical `String` for `text`.
    pub fn intern(&self, text: &str) -> JResult<Oop> {
        let utf16: Vec<u16> = text.encode_utf16().collect();
        self.intern_utf16(&utf16, None)
    }

    /// The canonical `String` for `chars`; `candidate`, a `String` with
    /// that text, becomes canonical if none is yet.
    pub fn intern_utf16(&self, chars: &[u16], candidate: Option<Oop>) -> JResult<Oop> {
        let table = &self.vm().strings.table;
        if let Some(cell) = table.lock().unwrap().get(chars) {
            return Ok(cell.get().expect("interned strings are never null"));
        }
        let s = match candidate {
            Some(c) => c,
            None => self.new_string_utf16(chars)?,
        };
        let mut table = table.lock().unwrap();
        Ok(table.entry(chars.into()).or_insert_with(|| OopCell::new(Some(s))).get().expect("not null"))
    }
}

impl super::Vm {
    /// The UTF-16 text of the `String` `s`, copied out.
    pub fn string_chars(&self, s: Oop) -> Vec<u16> {
        match oops::get_ref(s, self.well_known().string_value as usize) {
            // SAFETY: `value` is a char[]; the slice is copied at once.
            Some(value) => unsafe { oops::array_slice::<u16>(value).to_vec() },
            None => Vec::new(),
        }
    }

    /// The text of the `String` `s` (unpaired surrogates become U+FFFD).
    pub fn string_to_rust(&self, s: Oop) -> String {
        String::from_utf16_lossy(&self.string_chars(s))
    }

    /// Whether `obj` is a `java.lang.String`.
    pub fn is_string(&self, obj: Oop) -> bool {
        oops::class_of(obj) == self.well_known().string
    }

    /// The `char[]` holding a string's text.
    pub fn string_value(&self, s: Oop) -> Option<Oop> {
        oops::get_ref(s, self.well_known().string_value as usize)
    }
}
