//! `_weakref`: weak references (see `objects/weakref.rs`).

use crate::error::PyResult;
use crate::object::PyRef;
use crate::objects::native::NativeFn;
use crate::objects::signature::Signature;
use crate::objects::weakref::{getweakrefcount, getweakrefs};
use crate::vm::Vm;

/// The module `name`: `_weakref`, or `weakref` until the import system can
/// load the standard library's `weakref.py` (which is built on `_weakref`),
/// offering only what `_weakref` has.
pub fn make(vm: &Vm, name: &'static str) -> PyResult<PyRef> {
    let m = crate::objects::module::new_module(vm, name);
    let fns: &[(&'static str, &'static Signature, NativeFn)] = &[
        (
            "getweakrefcount",
            signature!("($module, object, /)"),
            getweakrefcount,
        ),
        (
            "getweakrefs",
            signature!("($module, object, /)"),
            getweakrefs,
        ),
    ];
    crate::modules::builtins::add_functions(vm, &m, name, fns)?;
    vm.setattr_str(&m, "ref", vm.g.weakref.clone())?;
    vm.setattr_str(&m, "ReferenceType", vm.g.weakref.clone())?;
    Ok(m)
}
