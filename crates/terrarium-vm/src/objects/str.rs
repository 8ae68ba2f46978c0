//! `str` storage. Text is kept as UTF-8 with its length in code points; ASCII
//! strings (the common case) index in O(1).

use std::cell::Cell;

use crate::object::Payload;

pub struct Str {
    value: Box<str>,
    nchars: usize,
    /// -1 until computed. Immortal strings are created with it set, so shared
    /// strings are never written.
    hash: Cell<i64>,
}

impl Payload for Str {
    const LEAF: bool = true;
}

impl Str {
    pub fn new(s: impl Into<Box<str>>) -> Str {
        let value = s.into();
        let nchars = if value.is_ascii() {
            value.len()
        } else {
            value.chars().count()
        };
        Str {
            value,
            nchars,
            hash: Cell::new(-1),
        }
    }

    pub fn with_hash(s: impl Into<Box<str>>, hash: i64) -> Str {
        let s = Str::new(s);
        s.hash.set(hash);
        s
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.value
    }

    #[inline]
    pub fn char_len(&self) -> usize {
        self.nchars
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.value.len()
    }

    #[inline]
    pub fn cached_hash(&self) -> i64 {
        self.hash.get()
    }

    pub fn set_hash(&self, h: i64) {
        self.hash.set(h)
    }

    /// Byte offset of code point `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.value
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.value.len())
        }
    }

    /// The code point at index `i` (must be in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.value.as_bytes()[i] as char
        } else {
            self.value.chars().nth(i).unwrap_or('\0')
        }
    }
}

/// The text of an attribute name, or CPython's TypeError if it is no `str`.
#[inline]
pub fn attr_name<'a>(
    vm: &crate::vm::Vm,
    name: &'a crate::object::PyRef,
) -> crate::PyResult<&'a str> {
    match name.downcast::<Str>() {
        Some(s) => Ok(s.as_str()),
        None => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            name.ty().name
        ))),
    }
}

/// The text of an object known to be a `str` (or an instance of a subclass).
#[inline]
pub fn as_str(o: &crate::object::PyRef) -> &str {
    o.downcast::<Str>().expect("str").as_str()
}

/// The `Str` payload of `o`, if it is a `str` or an instance of a subclass.
#[inline]
pub fn str_payload(o: &crate::object::PyRef) -> Option<&Str> {
    o.downcast::<Str>()
}
