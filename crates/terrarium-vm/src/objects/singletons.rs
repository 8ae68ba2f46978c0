//! `None`, `NotImplemented` and `Ellipsis`, and the typing helpers builtin
//! types reach for (`list[int]`, `int | str`).

use crate::error::PyResult;
use crate::globals::Globals;
use crate::object::PyRef;
use crate::objects::add_method;
use crate::vm::Vm;

/// `list[int]` and friends. `types.GenericAlias` is not implemented yet; the
/// error says so instead of returning something that behaves differently.
pub fn new_generic_alias(vm: &Vm, origin: &PyRef, args: &PyRef) -> PyResult {
    let _ = args;
    Err(vm.type_error(format!(
        "'{}' generic aliases are not supported by Terrarium yet",
        origin
            .downcast::<crate::typeobj::TypeData>()
            .map(|t| t.name.clone())
            .unwrap_or_default()
    )))
}

/// `X | Y` on types (`types.UnionType`): not implemented yet, see above.
pub fn union_or(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let _ = (a, b);
    Ok(vm.g.not_implemented.clone())
}

pub fn fill(g: &Globals) {
    let n = &g.none_type;
    add_method(g, n, "__repr__", |vm, _a| Ok(vm.new_str("None")));
    add_method(g, n, "__bool__", |vm, _a| Ok(vm.bool(false)));
    crate::objects::add_static(g, n, "__new__", |vm, a| {
        if a.args.len() > 1 {
            return Err(vm.type_error("NoneType takes no arguments"));
        }
        Ok(vm.none())
    });
    let ni = &g.notimpl_type;
    add_method(g, ni, "__repr__", |vm, _a| Ok(vm.new_str("NotImplemented")));
    add_method(g, ni, "__reduce__", |vm, _a| {
        Ok(vm.new_str("NotImplemented"))
    });
    crate::objects::add_static(g, ni, "__new__", |vm, a| {
        if a.args.len() > 1 {
            return Err(vm.type_error("NotImplementedType takes no arguments"));
        }
        Ok(vm.g.not_implemented.clone())
    });
    let e = &g.ellipsis_type;
    add_method(g, e, "__repr__", |vm, _a| Ok(vm.new_str("Ellipsis")));
    add_method(g, e, "__reduce__", |vm, _a| Ok(vm.new_str("Ellipsis")));
    crate::objects::add_static(g, e, "__new__", |vm, a| {
        if a.args.len() > 1 {
            return Err(vm.type_error("ellipsis takes no arguments"));
        }
        Ok(vm.g.ellipsis.clone())
    });
}
