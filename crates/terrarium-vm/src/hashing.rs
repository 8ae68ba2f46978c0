//! Hash secrets (PYTHONHASHSEED) and hashing of text.
//!
//! Each context has its own secret (its `hash_seed`), kept in its heap.
//! What all contexts share was hashed once, at start-up, under the
//! process's **shared secret** (the first context's seed, or random): the
//! builtin types' frozen dicts are indexed by it, and shared `str` objects
//! cache their hash under it. So in a context whose secret is another one:
//!
//! * a lookup in a frozen dict hashes the key again, under the shared
//!   secret (`Dict`'s lookups, through [`shared_hash`]);
//! * a shared `str` is hashed afresh under the context's secret, never from
//!   its cache, and never cached ([`str_hash`]).
//!
//! A context that uses the shared secret (the launcher's only context, and
//! embedded contexts that set no seed of their own) pays nothing for this.

use std::sync::OnceLock;

use terrarium_format::HashSecret;

use crate::object::{IMMORTAL, PyRef};
use crate::objects::str::Str;

static SHARED: OnceLock<HashSecret> = OnceLock::new();

/// The secret for a new context: the one its seed gives, or the shared one
/// if it sets none. The first context's choice becomes the shared secret.
pub fn context_secret(seed: Option<u32>) -> HashSecret {
    let shared = *SHARED.get_or_init(|| HashSecret::from_seed(seed));
    match seed {
        Some(_) => HashSecret::from_seed(seed),
        None => shared,
    }
}

/// The secret the builtin types were hashed with.
pub fn shared_secret() -> &'static HashSecret {
    SHARED.get_or_init(|| HashSecret::from_seed(None))
}

/// The current context's secret (the shared one while no context runs).
fn secret() -> HashSecret {
    match crate::object::heap::current() {
        Some(h) => h.hash_secret(),
        None => *shared_secret(),
    }
}

/// Whether the current context hashes with the shared secret.
#[inline]
pub fn uses_shared_secret() -> bool {
    crate::object::heap::current().is_none_or(|h| h.uses_shared_secret())
}

pub fn hash_str(s: &str) -> i64 {
    terrarium_format::hash_str(s, &secret())
}

/// `hash` of text as the frozen (shared) dicts index it, given its hash
/// in the current context.
#[cold]
pub fn shared_hash(s: &str, context_hash: i64) -> i64 {
    if uses_shared_secret() {
        context_hash
    } else {
        terrarium_format::hash_str(s, shared_secret())
    }
}

/// The hash of a `str` object, computed once and cached in it (see the
/// module comment for shared ones).
#[inline]
pub fn str_hash(o: &PyRef, s: &Str) -> i64 {
    let h = s.cached_hash();
    if h != -1 && o.refcount() < IMMORTAL {
        return h;
    }
    str_hash_uncached(o, s)
}

#[cold]
fn str_hash_uncached(o: &PyRef, s: &Str) -> i64 {
    let shared = o.refcount() >= IMMORTAL;
    let h = s.cached_hash();
    if h != -1 && uses_shared_secret() {
        return h;
    }
    let h = hash_str(s.as_str());
    if !shared {
        s.set_hash(h);
    }
    h
}

pub fn hash_bytes(b: &[u8]) -> i64 {
    terrarium_format::hash_bytes(b, &secret())
}
