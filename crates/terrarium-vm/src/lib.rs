//! Terrarium's virtual machine: the object model, the builtin types, the
//! interpreter, the cycle collector and the native modules.
//!
//! Where to look first: `object/` (the object header and refcounting, the
//! only unsafe core), `eval.rs` (the instruction loop), `objects/dict.rs`
//! (the dict), `gc.rs` (the cycle collector), `protocol.rs` (how operators,
//! attributes and calls dispatch).

/// Declares a native's `Signature` (`objects/signature.rs`) as a `&'static`
/// constant; defined before the modules so that all of them can use it.
#[macro_export]
macro_rules! signature {
    ($text:literal) => {
        const { &$crate::objects::signature::Signature::parse($text, true) }
    };
    (hidden $text:literal) => {
        const { &$crate::objects::signature::Signature::parse($text, false) }
    };
    (unchecked $text:literal) => {
        const { &$crate::objects::signature::Signature::unchecked($text) }
    };
}

pub mod bootstrap;
pub mod error;
pub mod eval;
mod fast_arith;
pub mod gc;
pub mod globals;
pub mod hashing;
mod inline_cache;
pub mod memory;
pub mod modules;
pub mod object;
pub mod objects;
pub mod pattern;
pub mod protocol;
pub mod typeobj;
mod values;
pub mod vm;

pub use error::{PyErr, PyResult};
pub use object::PyRef;
pub use vm::{Vm, VmConfig};
