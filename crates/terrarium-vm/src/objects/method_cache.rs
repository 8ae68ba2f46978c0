//! A cache of attribute lookups along types' MROs (CPython's type attribute
//! cache), so that `obj.method` and special-method dispatch do not walk the
//! MRO's dicts every time.
//!
//! Validity rule: every change that can alter a lookup result (creating or
//! freeing a type, assigning or deleting a type attribute, changing
//! `__bases__`) bumps the heap's epoch, which invalidates every entry.
//! Each context's heap has its own cache (`object/heap.rs`).
//! Builtin types never change. Entries keep raw pointers: while the epoch is
//! unchanged, the type is alive and its dict still holds the value.

use std::cell::Cell;

use crate::object::{Header, PyRef};

const SIZE: usize = 4096;
/// Names longer than this are not cached (they are rare in lookups).
const MAX_NAME: usize = 40;

/// A name as zero-padded machine words, compared a word at a time (the
/// length is compared separately, so padding cannot cause false matches).
type Words = [u64; MAX_NAME / 8];

#[derive(Clone, Copy)]
struct Entry {
    epoch: u64,
    ty: usize,
    name_len: u8,
    name: Words,
    /// Null when the lookup found nothing.
    value: *const Header,
}

const EMPTY: Entry = Entry {
    epoch: 0,
    ty: 0,
    name_len: 0,
    name: [0; MAX_NAME / 8],
    value: std::ptr::null(),
};

#[inline]
fn words(name: &str) -> Words {
    let mut bytes = [0u8; MAX_NAME];
    bytes[..name.len()].copy_from_slice(name.as_bytes());
    std::array::from_fn(|i| u64::from_le_bytes(bytes[i * 8..i * 8 + 8].try_into().expect("8")))
}

/// One heap's cache (`object/heap.rs`): entries hold raw pointers to that
/// heap's types and values, so no other context may read them.
pub struct MethodCache {
    epoch: Cell<u64>,
    /// `SIZE` entries, or null until first used: a heap that never looks up
    /// an attribute (or a context made and dropped at once) costs nothing.
    table: Cell<*mut Entry>,
}

impl Default for MethodCache {
    fn default() -> Self {
        MethodCache {
            epoch: Cell::new(1),
            table: Cell::new(std::ptr::null_mut()),
        }
    }
}

impl Drop for MethodCache {
    fn drop(&mut self) {
        let t = self.table.get();
        if !t.is_null() {
            // SAFETY: made by `table` from a boxed slice of `SIZE` entries.
            drop(unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(t, SIZE)) });
        }
    }
}

impl MethodCache {
    #[inline(always)]
    fn table(&self) -> *mut Entry {
        let t = self.table.get();
        if !t.is_null() {
            return t;
        }
        self.allocate_table()
    }

    #[cold]
    fn allocate_table(&self) -> *mut Entry {
        let p = Box::into_raw(vec![EMPTY; SIZE].into_boxed_slice()) as *mut Entry;
        self.table.set(p);
        p
    }
}

/// The current heap's cache; none while no context runs (nothing cached).
#[inline(always)]
fn cache<'a>() -> Option<&'a MethodCache> {
    crate::object::heap::current().map(|h| &h.method_cache)
}

/// Whether two names' words are equal (written out: array equality would
/// call `memcmp`).
#[inline]
fn same_words(a: &Words, b: &Words) -> bool {
    a.iter().zip(b).fold(0, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The current heap's epoch: lookups cached under it are valid while it
/// lasts (0, which no cache entry has, when no context runs).
#[inline]
pub fn epoch() -> u64 {
    cache().map_or(0, |c| c.epoch.get())
}

/// Invalidates every cached lookup of the current heap.
pub fn invalidate() {
    if let Some(c) = cache() {
        c.epoch.set(c.epoch.get() + 1);
    }
}

/// A hash of the name for callers that do not have its `str` hash at hand
/// (cheap: a few multiplications over its words).
#[inline]
pub fn name_hash(name: &str) -> u64 {
    if name.len() > MAX_NAME {
        return 0;
    }
    words(name).iter().fold(name.len() as u64, |h, w| {
        (h ^ w).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(29)
    })
}

#[inline]
fn slot(ty: usize, name_hash: u64) -> usize {
    ((name_hash ^ (ty as u64 >> 4)) as usize) & (SIZE - 1)
}

/// The cached result for (`ty`, `name`), where `name_hash` is any hash of
/// the name (the same one `put` was given): `Some(Some(v))` hit,
/// `Some(None)` cached miss, `None` not cached.
#[inline(always)]
pub fn get(ty: &PyRef, name: &str, name_hash: u64) -> Option<Option<PyRef>> {
    if name.len() > MAX_NAME {
        return None;
    }
    let cache = cache()?;
    let t = ty.as_ptr() as usize;
    let i = slot(t, name_hash);
    let epoch = cache.epoch.get();
    {
        // SAFETY: `i < SIZE`; the table lives as long as its heap and only
        // this module touches it, never reentrantly.
        let e = unsafe { &*cache.table().add(i) };
        if e.epoch == epoch
            && e.ty == t
            && e.name_len as usize == name.len()
            && same_words(&e.name, &words(name))
        {
            Some(match std::ptr::NonNull::new(e.value as *mut Header) {
                // SAFETY: see the module comment: the value is alive while
                // the epoch is unchanged.
                Some(p) => Some(unsafe { PyRef::from_borrowed(p) }),
                None => None,
            })
        } else {
            None
        }
    }
}

#[inline]
pub fn put(ty: &PyRef, name: &str, name_hash: u64, value: Option<&PyRef>) {
    if name.len() > MAX_NAME {
        return;
    }
    let Some(cache) = cache() else {
        return;
    };
    let t = ty.as_ptr() as usize;
    let i = slot(t, name_hash);
    let epoch = cache.epoch.get();
    {
        // SAFETY: as in `get`.
        let e = unsafe { &mut *cache.table().add(i) };
        e.epoch = epoch;
        e.ty = t;
        e.name_len = name.len() as u8;
        e.name = words(name);
        e.value = value.map(|v| v.as_ptr()).unwrap_or(std::ptr::null());
    }
}
