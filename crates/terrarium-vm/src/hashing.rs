//! The process-wide hash secret (PYTHONHASHSEED) and hashing of text.
//!
//! CPython keeps one secret per process; so do we, shared by all contexts,
//! because builtin types' dicts are shared and keyed by hashed names.

use std::sync::OnceLock;

use terrarium_format::HashSecret;

use crate::objects::str::Str;

static SECRET: OnceLock<HashSecret> = OnceLock::new();

/// Fixes the secret; the first call in a process wins, as the seed of the
/// first context decides (later contexts share the builtin types).
pub fn init_secret(seed: Option<u32>) {
    let _ = SECRET.get_or_init(|| HashSecret::from_seed(seed));
}

fn secret() -> &'static HashSecret {
    SECRET.get_or_init(|| HashSecret::from_seed(None))
}

pub fn hash_str(s: &str) -> i64 {
    terrarium_format::hash_str(s, secret())
}

/// The hash of a `str` object, computed once and cached in it.
#[inline]
pub fn str_hash(s: &Str) -> i64 {
    let h = s.cached_hash();
    if h != -1 {
        return h;
    }
    let h = hash_str(s.as_str());
    s.set_hash(h);
    h
}

pub fn hash_bytes(b: &[u8]) -> i64 {
    terrarium_format::hash_bytes(b, secret())
}
