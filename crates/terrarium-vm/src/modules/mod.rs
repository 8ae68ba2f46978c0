//! Native modules (CPython's `Modules/` and `Python/bltinmodule.c`,
//! `sysmodule.c`) and the import entry points the interpreter calls.
//!
//! Importing pure-Python modules goes through CPython's importlib in a later
//! stage; until then only the native modules registered here import.

pub mod builtins;
pub mod gcmodule;
pub mod io;
pub mod posix;
pub mod suggestions;
pub mod sys;
pub mod time;
pub mod weakref;

use crate::error::PyResult;
use crate::object::PyRef;
use crate::objects::dict::Dict;
use crate::objects::frame::Frame;
use crate::objects::str::as_str;
use crate::vm::Vm;

/// Native modules compiled into the runtime (`sys.builtin_module_names`).
pub const BUILTIN_MODULES: &[&str] = &["_io", "_weakref", "builtins", "gc", "posix", "sys", "time"];

pub fn is_builtin_module(name: &str) -> bool {
    BUILTIN_MODULES.contains(&name)
}

pub fn register_builtin_modules(vm: &Vm) -> PyResult<()> {
    let mods = vm.modules.downcast::<Dict>().expect("dict");
    mods.set_item(vm, vm.intern("builtins"), vm.builtins.clone())?;
    mods.set_item(vm, vm.intern("sys"), vm.sys.clone())?;
    mods.set_item(vm, vm.intern("gc"), gcmodule::make(vm)?)?;
    mods.set_item(vm, vm.intern("time"), time::make(vm)?)?;
    mods.set_item(vm, vm.intern("_io"), io::make(vm, "_io")?)?;
    // Until the import system can load the stdlib's io.py, `io` is a copy
    // of `_io` (it is deliberately not a builtin module name).
    mods.set_item(vm, vm.intern("io"), io::make(vm, "io")?)?;
    mods.set_item(vm, vm.intern("posix"), posix::make(vm)?)?;
    mods.set_item(vm, vm.intern("_weakref"), weakref::make(vm, "_weakref")?)?;
    // As for `io`: a stand-in for the stdlib's `weakref.py`.
    mods.set_item(vm, vm.intern("weakref"), weakref::make(vm, "weakref")?)?;
    Ok(())
}

fn find_module(vm: &Vm, name: &str) -> PyResult<PyRef> {
    let mods = vm.modules.downcast::<Dict>().expect("dict");
    match mods.get_str(name, crate::hashing::hash_str(name)) {
        Some(m) if !vm.is_none(&m) => Ok(m),
        _ => {
            let e = vm.new_exc("ModuleNotFoundError", format!("No module named '{name}'"));
            let _ = vm.setattr(&e.0, &vm.intern("name"), Some(vm.new_str(name)));
            Err(e)
        }
    }
}

/// `__import__(name, globals, locals, fromlist, level)`.
pub fn import_module(vm: &Vm, name: &str, fromlist: &PyRef, level: i64) -> PyResult {
    if level > 0 {
        return Err(vm.new_exc(
            "ImportError",
            "attempted relative import with no known parent package",
        ));
    }
    if name.is_empty() {
        return Err(vm.value_error("Empty module name"));
    }
    let top = name.split('.').next().unwrap_or(name);
    let mut m = find_module(vm, top)?;
    let mut path = top.to_string();
    for part in name.split('.').skip(1) {
        path.push('.');
        path.push_str(part);
        m = find_module(vm, &path)?;
    }
    let has_fromlist = !vm.is_none(fromlist) && vm.truthy(fromlist)?;
    if has_fromlist {
        Ok(m)
    } else {
        find_module(vm, top)
    }
}

pub fn import_name(
    vm: &Vm,
    frame: &Frame,
    name: &PyRef,
    fromlist: &PyRef,
    level: &PyRef,
) -> PyResult {
    let level = level
        .downcast::<crate::objects::int::Int>()
        .and_then(|i| i.to_i64())
        .unwrap_or(0);
    let b = frame.builtins.downcast::<Dict>();
    let custom = b.and_then(|d| d.get_str("__import__", crate::hashing::hash_str("__import__")));
    if let Some(f) = custom {
        if !f.type_is(&vm.g.builtin_function) {
            let locals = frame.locals.clone().unwrap_or_else(|| vm.none());
            return vm.call(
                &f,
                &[
                    name.clone(),
                    frame.globals.clone(),
                    locals,
                    fromlist.clone(),
                    vm.new_int(level),
                ],
                &[],
            );
        }
    }
    import_module(vm, as_str(name), fromlist, level)
}

pub fn import_from(vm: &Vm, module: &PyRef, name: &PyRef) -> PyResult {
    match vm.getattr_opt(module, name)? {
        Some(v) => Ok(v),
        None => {
            let mname = vm
                .getattr_opt(module, &vm.intern("__name__"))?
                .map(|n| vm.str_string(&n))
                .transpose()?
                .unwrap_or_else(|| "<unknown module name>".into());
            if let Ok(m) = find_module(vm, &format!("{mname}.{}", as_str(name))) {
                return Ok(m);
            }
            Err(vm.new_exc(
                "ImportError",
                format!(
                    "cannot import name '{}' from '{mname}' (unknown location)",
                    as_str(name)
                ),
            ))
        }
    }
}

pub fn import_star(vm: &Vm, module: &PyRef, locals: &PyRef) -> PyResult<()> {
    let names = match vm.getattr_opt(module, &vm.intern("__all__"))? {
        Some(all) => vm.to_vec(&all)?,
        None => {
            let d = vm.getattr_str(module, "__dict__")?;
            vm.to_vec(&d)?
                .into_iter()
                .filter(|n| !as_str(n).starts_with('_'))
                .collect()
        }
    };
    for n in names {
        let v = vm.getattr(module, &n)?;
        vm.setitem(locals, &n, v)?;
    }
    Ok(())
}
