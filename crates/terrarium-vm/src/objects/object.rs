//! `object`: the root of every class: default attribute access, comparison,
//! hashing, repr, `__class__`, `__dict__`, `__dir__`, pickling hooks.

use crate::error::PyResult;
use crate::globals::Globals;
use crate::object::PyRef;
use crate::objects::dict::Dict;
use crate::objects::function::{Function, Property};
use crate::objects::native::{Args, GetSetDescr, MemberDescr};
use crate::objects::str::as_str;
use crate::objects::typeobject::{is_subtype, lookup, td};
use crate::objects::{add_getset, add_method, add_static};
use crate::typeobj::{TypeData, flags};
use crate::vm::Vm;

/// The `__dict__` of an object, if it has one.
pub fn instance_dict(obj: &PyRef) -> Option<PyRef> {
    if let Some(e) = obj.extra() {
        if !obj.ty().instance_has_dict {
            return None;
        }
        let mut d = e.dict.borrow_mut();
        if d.is_none() {
            let g = crate::globals::globals();
            *d = Some(crate::object::alloc(&g.dict, Dict::new()));
        }
        return d.clone();
    }
    if let Some(m) = obj.downcast::<crate::objects::module::Module>() {
        return Some(m.dict.clone());
    }
    if let Some(f) = obj.downcast::<Function>() {
        return Some(f.dict());
    }
    if let Some(e) = obj.downcast::<crate::objects::exceptions::BaseExc>() {
        return Some(e.dict());
    }
    None
}

pub fn dict_getter(vm: &Vm, obj: &PyRef) -> PyResult {
    instance_dict(obj).ok_or_else(|| vm.attribute_error(obj, "__dict__"))
}

pub fn dict_setter(vm: &Vm, obj: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let Some(v) = v else {
        return Err(vm.type_error("cannot delete __dict__"));
    };
    if v.downcast::<Dict>().is_none() {
        return Err(vm.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            v.ty().name
        )));
    }
    match obj.extra() {
        Some(e) if obj.ty().instance_has_dict => {
            let old = e.dict.replace(Some(v));
            drop(old);
            Ok(())
        }
        _ => Err(vm.attribute_error(obj, "__dict__")),
    }
}

/// `descr.__set__(obj, value)` / `__delete__(obj)`.
pub fn descr_set(vm: &Vm, d: &PyRef, obj: &PyRef, value: Option<PyRef>) -> PyResult<()> {
    if let Some(gs) = d.downcast::<GetSetDescr>() {
        gs.check(vm, obj)?;
        return match gs.set {
            Some(s) => s(vm, obj, value),
            None => Err(vm.new_exc(
                "AttributeError",
                format!(
                    "attribute '{}' of '{}' objects is not writable",
                    gs.name,
                    td(&gs.owner).name
                ),
            )),
        };
    }
    if let Some(m) = d.downcast::<MemberDescr>() {
        return crate::objects::typeobject::member_set(vm, m, obj, value);
    }
    if let Some(p) = d.downcast::<Property>() {
        if d.type_is(&vm.g.property) {
            return crate::objects::function::property_set(vm, p, obj, value);
        }
    }
    let (name, args) = match value {
        Some(v) => ("__set__", vec![obj.clone(), v]),
        None => ("__delete__", vec![obj.clone()]),
    };
    match lookup(d.type_obj_ref(), name) {
        Some(f) => vm.call_descr(&f, d, &args).map(|_| ()),
        None => Err(vm.new_exc(
            "AttributeError",
            format!("__{}__", &name[2..name.len() - 2]),
        )),
    }
}

/// `object.__setattr__` / `object.__delattr__`.
pub fn generic_setattr(vm: &Vm, obj: &PyRef, name: &PyRef, value: Option<PyRef>) -> PyResult<()> {
    let sname = crate::objects::str::attr_name(vm, name)?;
    let hash = vm.str_hash(name);
    if let Some(d) = crate::objects::typeobject::lookup_hashed(obj.type_obj_ref(), sname, hash) {
        let is_data = d.type_is(&vm.g.getset_descriptor)
            || d.type_is(&vm.g.member_descriptor)
            || d.type_is(&vm.g.property)
            || (!d.ty().builtin
                && (lookup(d.type_obj_ref(), "__set__").is_some()
                    || lookup(d.type_obj_ref(), "__delete__").is_some()));
        if is_data {
            return descr_set(vm, &d, obj, value);
        }
    }
    match instance_dict(obj) {
        Some(dict) => {
            let dd = dict.downcast::<Dict>().expect("dict");
            match value {
                Some(v) => dd.set_item(vm, name.clone(), v),
                None => match dd.del_item(vm, name)? {
                    Some(_) => Ok(()),
                    None => Err(vm.attribute_error(obj, sname)),
                },
            }
        }
        None => {
            if lookup(obj.type_obj_ref(), sname).is_some() {
                Err(vm.new_exc(
                    "AttributeError",
                    format!(
                        "'{}' object attribute '{}' is read-only",
                        obj.ty().name,
                        sname
                    ),
                ))
            } else if obj.ty().builtin || obj.extra().is_some() {
                Err(vm.new_exc(
                    "AttributeError",
                    format!("'{}' object has no attribute '{}'", obj.ty().name, sname),
                ))
            } else {
                Err(vm.attribute_error(obj, sname))
            }
        }
    }
}

fn object_new(vm: &Vm, a: Args) -> PyResult {
    let Some(cls) = a.args.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    let Some(t) = cls.downcast::<TypeData>() else {
        return Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            cls.ty().name
        )));
    };
    if a.args.len() > 1 {
        let new_overridden =
            !lookup(cls, "__new__").is_some_and(|n| n.is(&object_attr(vm, "__new__")));
        let init_overridden =
            !lookup(cls, "__init__").is_some_and(|n| n.is(&object_attr(vm, "__init__")));
        if new_overridden {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !init_overridden {
            return Err(vm.type_error(format!("{}() takes no arguments", t.name)));
        }
    }
    if t.has_flag(flags::IS_ABSTRACT) {
        let abstract_ = vm.getattr_str(cls, "__abstractmethods__")?;
        let mut names: Vec<String> = vm
            .to_vec(&abstract_)?
            .iter()
            .map(|n| as_str(n).to_string())
            .collect();
        names.sort();
        return Err(vm.type_error(format!(
            "Can't instantiate abstract class {} with abstract method{} {}",
            t.name,
            if names.len() == 1 { "" } else { "s" },
            names.join(", ")
        )));
    }
    // `check_new_call` (objects/native.rs) made sure `cls` has our layout.
    Ok(crate::object::alloc(cls, ()))
}

fn object_attr(vm: &Vm, name: &str) -> PyRef {
    lookup(&vm.g.object, name).expect("object attribute")
}

fn object_init(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    if a.args.len() > 1 {
        let cls = zelf.type_obj_ref();
        let new_overridden =
            !lookup(cls, "__new__").is_some_and(|n| n.is(&object_attr(vm, "__new__")));
        let init_overridden =
            !lookup(cls, "__init__").is_some_and(|n| n.is(&object_attr(vm, "__init__")));
        if init_overridden {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !new_overridden {
            return Err(vm.type_error(format!("{}() takes no arguments", zelf.ty().name)));
        }
    }
    Ok(vm.none())
}

pub fn default_repr(vm: &Vm, o: &PyRef) -> PyResult<String> {
    let cls = o.class();
    let module = crate::objects::typeobject::type_module(vm, &cls)?;
    let q = td(&cls).qualname();
    Ok(match module {
        Some(m) if m != "builtins" => format!("<{m}.{q} object at {:#x}>", o.id()),
        _ => format!("<{q} object at {:#x}>", o.id()),
    })
}

fn object_repr(vm: &Vm, a: Args) -> PyResult {
    Ok(vm.new_str(default_repr(vm, a.zelf())?))
}

fn object_str(vm: &Vm, a: Args) -> PyResult {
    vm.repr(a.zelf())
}

/// CPython's pointer hash: the address rotated by 4 bits.
pub fn pointer_hash(o: &PyRef) -> i64 {
    let p = o.id() as u64;
    let h = p.rotate_right(4) as i64;
    if h == -1 { -2 } else { h }
}

fn object_hash(vm: &Vm, a: Args) -> PyResult {
    Ok(vm.new_int(pointer_hash(a.zelf())))
}

fn object_eq(vm: &Vm, a: Args) -> PyResult {
    Ok(if a.args[0].is(&a.args[1]) {
        vm.bool(true)
    } else {
        vm.g.not_implemented.clone()
    })
}

fn object_ne(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let eq = lookup(zelf.type_obj_ref(), "__eq__").expect("__eq__");
    let r = vm.call_descr(&eq, zelf, &[a.args[1].clone()])?;
    if r.is(&vm.g.not_implemented) {
        return Ok(r);
    }
    Ok(vm.bool(!vm.truthy(&r)?))
}

fn not_implemented(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.g.not_implemented.clone())
}

fn object_getattribute(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "__getattribute__", 1, 1, 1)?;
    let name = &pos[0];
    crate::objects::str::attr_name(vm, name)?;
    let zelf = a.zelf();
    let found = if zelf.downcast::<TypeData>().is_some() {
        crate::objects::typeobject::type_getattr(vm, zelf, name)?
    } else {
        vm.generic_getattr(zelf, name)?
    };
    found.ok_or_else(|| vm.attribute_error(zelf, as_str(name)))
}

fn object_setattr(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "__setattr__", 1, 2, 2)?;
    let zelf = a.zelf();
    if zelf.downcast::<TypeData>().is_some() {
        // CPython's hackcheck: types have their own `__setattr__`.
        return Err(vm.type_error("can't apply this __setattr__ to type object"));
    }
    generic_setattr(vm, zelf, &pos[0], Some(pos[1].clone()))?;
    Ok(vm.none())
}

fn object_delattr(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "__delattr__", 1, 1, 1)?;
    let zelf = a.zelf();
    if zelf.downcast::<TypeData>().is_some() {
        return Err(vm.type_error("can't apply this __delattr__ to type object"));
    }
    generic_setattr(vm, zelf, &pos[0], None)?;
    Ok(vm.none())
}

fn object_format(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "__format__", 1, 1, 1)?;
    let Some(spec) = pos[0].downcast::<crate::objects::str::Str>() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            pos[0].ty().name
        )));
    };
    if !spec.as_str().is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            a.zelf().ty().name
        )));
    }
    vm.str(a.zelf())
}

fn object_init_subclass(vm: &Vm, a: Args) -> PyResult {
    if a.args.len() > 1 {
        return Err(vm.type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            td(a.zelf()).name
        )));
    }
    Ok(vm.none())
}

fn object_subclasshook(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.g.not_implemented.clone())
}

fn object_sizeof(vm: &Vm, a: Args) -> PyResult {
    Ok(vm.new_int(16 + 8 * a.zelf().extra().map(|e| e.slots.len() as i64).unwrap_or(0)))
}

fn object_reduce_ex(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let cls = zelf.class();
    let state = instance_dict(zelf).unwrap_or_else(|| vm.none());
    Ok(vm.new_tuple(vec![cls, vm.g.empty_tuple.clone(), state]))
}

/// Names for `dir()`: the instance dict plus the class and its bases.
pub fn object_dir(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let out = vm.new_dict();
    let od = out.downcast::<Dict>().expect("dict");
    if let Some(d) = instance_dict(zelf) {
        for k in d.downcast::<Dict>().expect("dict").keys() {
            od.set_item(vm, k, vm.none())?;
        }
    }
    let cls = match vm.getattr_opt(zelf, &vm.intern("__class__"))? {
        Some(c) if c.downcast::<TypeData>().is_some() => c,
        _ => zelf.class(),
    };
    for t in td(&cls).mro() {
        for k in td(t).dict.downcast::<Dict>().expect("dict").keys() {
            od.set_item(vm, k, vm.none())?;
        }
    }
    Ok(vm.new_list(od.keys()))
}

pub fn type_dir(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let out = vm.new_dict();
    let od = out.downcast::<Dict>().expect("dict");
    for t in td(zelf).mro() {
        for k in td(t).dict.downcast::<Dict>().expect("dict").keys() {
            od.set_item(vm, k, vm.none())?;
        }
    }
    Ok(vm.new_list(od.keys()))
}

fn get_class(_vm: &Vm, o: &PyRef) -> PyResult {
    Ok(o.class())
}

fn set_class(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let Some(v) = v else {
        return Err(vm.type_error("can't delete __class__ attribute"));
    };
    let Some(new) = v.downcast::<TypeData>() else {
        return Err(vm.type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            v.ty().name
        )));
    };
    let old = o.ty();
    if !new.is_heap() || !old.is_heap() {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if new.layout.payload_id != old.layout.payload_id
        || new.slot_names != old.slot_names
        || new.instance_has_dict != old.instance_has_dict
    {
        return Err(vm.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.name, old.name
        )));
    }
    o.set_class(v.clone());
    let _ = is_subtype;
    Ok(())
}

pub fn fill(g: &Globals) {
    let o = &g.object;
    add_static(
        g,
        o,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        object_new,
    );
    add_method(
        g,
        o,
        "__init__",
        signature!("($self, /, *args, **kwargs)"),
        object_init,
    );
    add_method(g, o, "__repr__", signature!("($self, /)"), object_repr);
    add_method(g, o, "__str__", signature!("($self, /)"), object_str);
    add_method(g, o, "__hash__", signature!("($self, /)"), object_hash);
    add_method(g, o, "__eq__", signature!("($self, value, /)"), object_eq);
    add_method(g, o, "__ne__", signature!("($self, value, /)"), object_ne);
    add_method(
        g,
        o,
        "__lt__",
        signature!("($self, value, /)"),
        not_implemented,
    );
    add_method(
        g,
        o,
        "__le__",
        signature!("($self, value, /)"),
        not_implemented,
    );
    add_method(
        g,
        o,
        "__gt__",
        signature!("($self, value, /)"),
        not_implemented,
    );
    add_method(
        g,
        o,
        "__ge__",
        signature!("($self, value, /)"),
        not_implemented,
    );
    add_method(
        g,
        o,
        "__getattribute__",
        signature!("($self, name, /)"),
        object_getattribute,
    );
    add_method(
        g,
        o,
        "__setattr__",
        signature!("($self, name, value, /)"),
        object_setattr,
    );
    add_method(
        g,
        o,
        "__delattr__",
        signature!("($self, name, /)"),
        object_delattr,
    );
    add_method(
        g,
        o,
        "__format__",
        signature!("($self, format_spec, /)"),
        object_format,
    );
    add_method(g, o, "__sizeof__", signature!("($self, /)"), object_sizeof);
    add_method(
        g,
        o,
        "__reduce_ex__",
        signature!("($self, protocol, /)"),
        object_reduce_ex,
    );
    add_method(
        g,
        o,
        "__reduce__",
        signature!("($self, /)"),
        object_reduce_ex,
    );
    add_method(g, o, "__dir__", signature!("($self, /)"), object_dir);
    crate::objects::add_classmethod(
        g,
        o,
        "__init_subclass__",
        signature!(hidden "($type, /)"),
        object_init_subclass,
    );
    crate::objects::add_classmethod(
        g,
        o,
        "__subclasshook__",
        signature!(hidden "($type, *args)"),
        object_subclasshook,
    );
    add_getset(g, o, "__class__", get_class, Some(set_class));
    crate::objects::add_doc(g, o, "The base class of the class hierarchy.");
}
