//! `None`, `NotImplemented` and `Ellipsis`.

use crate::globals::Globals;
use crate::objects::add_method;

pub fn fill(g: &Globals) {
    let n = &g.none_type;
    add_method(g, n, "__repr__", signature!("($self, /)"), |vm, _a| {
        Ok(vm.new_str("None"))
    });
    add_method(g, n, "__bool__", signature!("($self, /)"), |vm, _a| {
        Ok(vm.bool(false))
    });
    crate::objects::add_static(
        g,
        n,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        |vm, a| {
            if a.args.len() > 1 {
                return Err(vm.type_error("NoneType takes no arguments"));
            }
            Ok(vm.none())
        },
    );
    let ni = &g.notimpl_type;
    add_method(g, ni, "__repr__", signature!("($self, /)"), |vm, _a| {
        Ok(vm.new_str("NotImplemented"))
    });
    add_method(
        g,
        ni,
        "__reduce__",
        signature!(hidden "($self, /)"),
        |vm, _a| Ok(vm.new_str("NotImplemented")),
    );
    crate::objects::add_static(
        g,
        ni,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        |vm, a| {
            if a.args.len() > 1 {
                return Err(vm.type_error("NotImplementedType takes no arguments"));
            }
            Ok(vm.g.not_implemented.clone())
        },
    );
    let e = &g.ellipsis_type;
    add_method(g, e, "__repr__", signature!("($self, /)"), |vm, _a| {
        Ok(vm.new_str("Ellipsis"))
    });
    add_method(
        g,
        e,
        "__reduce__",
        signature!(hidden "($self, /)"),
        |vm, _a| Ok(vm.new_str("Ellipsis")),
    );
    crate::objects::add_static(
        g,
        e,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        |vm, a| {
            if a.args.len() > 1 {
                return Err(vm.type_error("ellipsis takes no arguments"));
            }
            Ok(vm.g.ellipsis.clone())
        },
    );
}
