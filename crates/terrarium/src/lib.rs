//! Terrarium: a Python 3.11 runtime to embed in Rust programs.
//!
//! A [`Context`] is one isolated Python program: its own heap, modules and
//! permissions. Everything is denied unless the builder grants it; the
//! launcher grants everything.
//!
//! ```
//! use terrarium::Context;
//!
//! let ctx = Context::builder().build()?;
//! let v = ctx.eval("sum(x * x for x in range(4))")?;
//! assert_eq!(v.to_string(), "14");
//! # Ok::<(), terrarium::Error>(())
//! ```

mod context;
mod error;
mod main_module;

pub use context::{Context, ContextBuilder, PosixBackend, Value};
pub use error::Error;
pub use terrarium_os::{DenyAll, FileSystem, HostDir, MemoryFs, MountTable, ReadOnly};

/// The README's examples, compiled and run as doctests.
#[doc = include_str!("../../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
