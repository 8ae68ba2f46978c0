//! `module`: a namespace dict with a name.

use crate::error::PyResult;
use crate::globals::Globals;
use crate::object::{Payload, PyRef, alloc};
use crate::objects::dict::Dict;
use crate::objects::str::as_str;
use crate::objects::{add_getset, add_method, add_static};
use crate::vm::Vm;

pub struct Module {
    pub dict: PyRef,
}

impl Payload for Module {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.dict);
    }
}

impl Module {
    pub fn dict(&self) -> &Dict {
        self.dict.downcast::<Dict>().expect("dict")
    }

    pub fn name(&self, vm: &Vm) -> String {
        match self
            .dict()
            .get_str("__name__", crate::hashing::hash_str("__name__"))
        {
            Some(n) if n.downcast::<crate::objects::str::Str>().is_some() => as_str(&n).to_string(),
            _ => {
                let _ = vm;
                "?".to_string()
            }
        }
    }
}

/// A module object whose dict is `dict`, with `__name__` and the other
/// module attributes initialised as `ModuleType.__init__` does.
pub fn new_module_object(g: &Globals, name: &str, dict: PyRef) -> PyRef {
    let m = alloc(&g.module, Module { dict: dict.clone() });
    let d = dict.downcast::<Dict>().expect("dict");
    let key = |s: &str| {
        let k = alloc(&g.str_, crate::objects::str::Str::new(s));
        (crate::hashing::hash_str(s), k)
    };
    for (k, v) in [
        (
            "__name__",
            alloc(&g.str_, crate::objects::str::Str::new(name)),
        ),
        ("__doc__", g.none.clone()),
        ("__package__", g.none.clone()),
        ("__loader__", g.none.clone()),
        ("__spec__", g.none.clone()),
    ] {
        if d.get_str(k, crate::hashing::hash_str(k)).is_none() {
            let (h, kk) = key(k);
            d.push_unique(h, kk, v);
        }
    }
    m
}

pub fn new_module(vm: &Vm, name: &str) -> PyRef {
    new_module_object(vm.g, name, vm.new_dict())
}

fn module_new(vm: &Vm, a: crate::objects::native::Args) -> PyResult {
    let cls = &a.args[0];
    Ok(alloc(
        cls,
        Module {
            dict: vm.new_dict(),
        },
    ))
}

fn module_init(vm: &Vm, a: crate::objects::native::Args) -> PyResult {
    let [name, doc] = a.bind(vm, "module", ["name", "doc"], 1, 1, 0)?;
    let m = a.zelf().downcast::<Module>().expect("module");
    let d = m.dict();
    d.set_item(vm, vm.intern("__name__"), name.expect("required"))?;
    d.set_item(vm, vm.intern("__doc__"), doc.unwrap_or_else(|| vm.none()))?;
    for k in ["__package__", "__loader__", "__spec__"] {
        if d.get_str(k, crate::hashing::hash_str(k)).is_none() {
            d.set_item(vm, vm.intern(k), vm.none())?;
        }
    }
    Ok(vm.none())
}

fn module_repr(vm: &Vm, a: crate::objects::native::Args) -> PyResult {
    let m = a.zelf().downcast::<Module>().expect("module");
    let name = m.name(vm);
    let d = m.dict();
    if let Some(f) = d.get_str("__file__", crate::hashing::hash_str("__file__")) {
        return Ok(vm.new_str(format!("<module '{}' from '{}'>", name, vm.str_string(&f)?)));
    }
    let builtin = vm
        .modules
        .downcast::<Dict>()
        .and_then(|mods| mods.get_str(&name, crate::hashing::hash_str(&name)))
        .is_some_and(|x| x.is(a.zelf()))
        && crate::modules::is_builtin_module(&name);
    Ok(vm.new_str(if builtin {
        format!("<module '{name}' (built-in)>")
    } else {
        format!("<module '{name}'>")
    }))
}

fn module_dir(vm: &Vm, a: crate::objects::native::Args) -> PyResult {
    let m = a.zelf().downcast::<Module>().expect("module");
    if let Some(f) = m
        .dict()
        .get_str("__dir__", crate::hashing::hash_str("__dir__"))
    {
        return vm.call0(&f);
    }
    Ok(vm.new_list(m.dict().keys()))
}

pub fn fill(g: &Globals) {
    let t = &g.module;
    add_static(
        g,
        t,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        module_new,
    );
    add_method(
        g,
        t,
        "__init__",
        signature!("($self, /, *args, **kwargs)"),
        module_init,
    );
    add_method(g, t, "__repr__", signature!("($self, /)"), module_repr);
    add_method(g, t, "__dir__", signature!(hidden "($self, /)"), module_dir);
    add_getset(
        g,
        t,
        "__dict__",
        |_vm, o| Ok(o.downcast::<Module>().expect("module").dict.clone()),
        None,
    );
}
