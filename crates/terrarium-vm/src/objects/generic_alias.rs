//! `types.GenericAlias` (`list[int]`) and `types.UnionType` (`int | str`),
//! the runtime forms of subscripted builtin classes and of type unions
//! (CPython's `genericaliasobject.c` and `unionobject.c`).

use crate::error::PyResult;
use crate::globals::Globals;
use crate::object::{Payload, PyRef, alloc};
use crate::objects::native::Args;
use crate::objects::str::as_str;
use crate::objects::tuple::Tuple;
use crate::objects::typeobject::{lookup, type_module};
use crate::objects::{add_getset, add_method, add_static};
use crate::typeobj::TypeData;
use crate::vm::Vm;

pub struct GenericAlias {
    origin: PyRef,
    /// A tuple.
    args: PyRef,
    /// A tuple: the type variables among (and inside) the arguments.
    parameters: PyRef,
}

impl Payload for GenericAlias {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.origin);
        visit(&self.args);
        visit(&self.parameters);
    }
}

pub struct Union {
    /// A tuple of at least two distinct members.
    args: PyRef,
    parameters: PyRef,
}

impl Payload for Union {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.args);
        visit(&self.parameters);
    }
}

fn alias(o: &PyRef) -> &GenericAlias {
    o.downcast::<GenericAlias>().expect("generic alias")
}

fn union(o: &PyRef) -> &Union {
    o.downcast::<Union>().expect("union")
}

fn items(t: &PyRef) -> &[PyRef] {
    t.downcast::<Tuple>().expect("tuple").items()
}

/// The type variables among `args`: those with `__typing_subst__`, and the
/// `__parameters__` of the others (CPython's `_Py_make_parameters`).
fn make_parameters(vm: &Vm, args: &[PyRef]) -> PyResult<PyRef> {
    let mut params: Vec<PyRef> = Vec::new();
    let mut add = |p: PyRef| {
        if !params.iter().any(|q| q.is(&p)) {
            params.push(p);
        }
    };
    for a in args {
        if a.downcast::<TypeData>().is_some() {
            continue;
        }
        if lookup(a.type_obj_ref(), "__typing_subst__").is_some() {
            add(a.clone());
            continue;
        }
        if let Some(ps) = vm.getattr_opt(a, &vm.intern("__parameters__"))? {
            if let Some(t) = ps.downcast::<Tuple>() {
                for p in t.items() {
                    add(p.clone());
                }
            }
        }
    }
    Ok(vm.new_tuple(params))
}

/// `origin[args]`.
pub fn new_generic_alias(vm: &Vm, origin: &PyRef, args: &PyRef) -> PyResult {
    let args = if args.type_is(&vm.g.tuple) {
        args.clone()
    } else {
        vm.new_tuple(vec![args.clone()])
    };
    let parameters = make_parameters(vm, items(&args))?;
    Ok(alloc(
        &vm.g.generic_alias,
        GenericAlias {
            origin: origin.clone(),
            args,
            parameters,
        },
    ))
}

/// How a type argument shows in a repr: `module.qualname` (just the
/// qualname for builtins), `...`, or the object's repr.
fn type_repr(vm: &Vm, o: &PyRef) -> PyResult<String> {
    if o.is(&vm.g.ellipsis) {
        return Ok("...".into());
    }
    if o.is(&vm.g.none_type) {
        return Ok("None".into());
    }
    if o.downcast::<TypeData>().is_some() {
        let q = vm.getattr(o, &vm.intern("__qualname__"))?;
        return Ok(match type_module(vm, o)? {
            Some(m) if m != "builtins" => format!("{m}.{}", as_str(&q)),
            _ => as_str(&q).to_string(),
        });
    }
    vm.repr_string(o)
}

fn alias_repr(vm: &Vm, a: Args) -> PyResult {
    let ga = alias(a.zelf());
    let mut s = type_repr(vm, &ga.origin)?;
    s.push('[');
    let args = items(&ga.args);
    if args.is_empty() {
        s.push_str("()");
    }
    for (i, x) in args.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        if x.type_is(&vm.g.list) {
            // A list of types, as in `Callable[[int], str]`.
            let parts: PyResult<Vec<String>> =
                vm.to_vec(x)?.iter().map(|y| type_repr(vm, y)).collect();
            s.push_str(&format!("[{}]", parts?.join(", ")));
        } else {
            s.push_str(&type_repr(vm, x)?);
        }
    }
    s.push(']');
    Ok(vm.new_str(s))
}

/// Names a generic alias answers itself; any other attribute comes from
/// its origin (`list[int].append` is `list.append`).
const OWN_ATTRIBUTES: &[&str] = &[
    "__class__",
    "__origin__",
    "__args__",
    "__unpacked__",
    "__parameters__",
    "__typing_unpacked_tuple_args__",
    "__mro_entries__",
    "__reduce_ex__",
    "__reduce__",
    "__copy__",
    "__deepcopy__",
];

fn alias_getattribute(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "__getattribute__", 1, 1, 1)?;
    let name = &pos[0];
    let own = name.type_is(&vm.g.str_) && OWN_ATTRIBUTES.contains(&as_str(name));
    if !own {
        return vm.getattr(&alias(a.zelf()).origin, name);
    }
    match vm.generic_getattr(a.zelf(), name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(a.zelf(), as_str(name))),
    }
}

fn alias_call(vm: &Vm, a: Args) -> PyResult {
    let ga = alias(a.zelf());
    let obj = vm.call(&ga.origin, &a.args[1..], a.kwnames)?;
    // The instance remembers its parameterized class where it can.
    if let Err(e) = vm.setattr(&obj, &vm.intern("__orig_class__"), Some(a.zelf().clone())) {
        if !vm.err_matches(&e, "AttributeError") && !vm.err_matches(&e, "TypeError") {
            return Err(e);
        }
    }
    Ok(obj)
}

fn alias_eq(vm: &Vm, a: &Args, negate: bool) -> PyResult {
    let other = &a.args[1];
    let Some(o) = other.downcast::<GenericAlias>() else {
        return Ok(vm.g.not_implemented.clone());
    };
    let me = alias(a.zelf());
    let eq = vm.eq_bool(&me.origin, &o.origin)? && vm.eq_bool(&me.args, &o.args)?;
    Ok(vm.bool(eq != negate))
}

fn alias_hash(vm: &Vm, a: Args) -> PyResult {
    let ga = alias(a.zelf());
    Ok(vm.new_int(vm.hash(&ga.origin)? ^ vm.hash(&ga.args)?))
}

fn alias_getitem(vm: &Vm, a: Args) -> PyResult {
    let ga = alias(a.zelf());
    if items(&ga.parameters).is_empty() {
        return Err(vm.type_error(format!(
            "{} is not a generic class",
            vm.repr_string(a.zelf())?
        )));
    }
    Err(vm.type_error(
        "substituting type variables in a generic alias is not supported by Terrarium yet",
    ))
}

fn is_unionable(vm: &Vm, o: &PyRef) -> bool {
    vm.is_none(o)
        || o.downcast::<TypeData>().is_some()
        || o.type_is(&vm.g.generic_alias)
        || o.type_is(&vm.g.union_type)
}

/// `a | b` for types, `None`, generic aliases and unions: a union of their
/// distinct members, or `NotImplemented`.
pub fn union_or(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    if !(is_unionable(vm, a) && is_unionable(vm, b)) {
        return Ok(vm.g.not_implemented.clone());
    }
    let mut members: Vec<PyRef> = Vec::new();
    for x in [a, b] {
        let flat: Vec<PyRef> = match x.downcast::<Union>() {
            Some(u) if x.type_is(&vm.g.union_type) => items(&u.args).to_vec(),
            _ => vec![x.clone()],
        };
        for m in flat {
            let m = if vm.is_none(&m) {
                vm.g.none_type.clone()
            } else {
                m
            };
            let mut dup = false;
            for existing in &members {
                let both_aliases =
                    m.type_is(&vm.g.generic_alias) && existing.type_is(&vm.g.generic_alias);
                if existing.is(&m) || (both_aliases && vm.eq_bool(existing, &m)?) {
                    dup = true;
                    break;
                }
            }
            if !dup {
                members.push(m);
            }
        }
    }
    if members.len() == 1 {
        return Ok(members.pop().expect("one member"));
    }
    let parameters = make_parameters(vm, &members)?;
    Ok(alloc(
        &vm.g.union_type,
        Union {
            args: vm.new_tuple(members),
            parameters,
        },
    ))
}

fn union_repr(vm: &Vm, a: Args) -> PyResult {
    let parts: PyResult<Vec<String>> = items(&union(a.zelf()).args)
        .iter()
        .map(|m| type_repr(vm, m))
        .collect();
    Ok(vm.new_str(parts?.join(" | ")))
}

/// The members as a frozenset, for order-insensitive equality and hashing.
fn member_set(vm: &Vm, u: &PyRef) -> PyResult {
    crate::objects::set::new_frozenset(vm, items(&union(u).args).to_vec())
}

fn union_eq(vm: &Vm, a: &Args, negate: bool) -> PyResult {
    let other = &a.args[1];
    if !other.type_is(&vm.g.union_type) {
        return Ok(vm.g.not_implemented.clone());
    }
    let eq = vm.eq_bool(&member_set(vm, a.zelf())?, &member_set(vm, other)?)?;
    Ok(vm.bool(eq != negate))
}

/// `isinstance(x, int | str)` and `issubclass`: like a tuple of the
/// members (a generic alias among them raises when its turn comes).
fn union_check(vm: &Vm, a: &Args, what: &str, subclass: bool) -> PyResult {
    let pos = a.check_pos(vm, what, 1, 1, 1)?;
    for m in items(&union(a.zelf()).args) {
        let hit = if subclass {
            vm.issubclass(&pos[0], m)?
        } else {
            vm.isinstance(&pos[0], m)?
        };
        if hit {
            return Ok(vm.bool(true));
        }
    }
    Ok(vm.bool(false))
}

pub fn fill(g: &Globals) {
    let t = &g.generic_alias;
    add_static(
        g,
        t,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        |vm, a| {
            let pos = a.check_pos(vm, "GenericAlias", 1, 2, 2)?;
            new_generic_alias(vm, &pos[0], &pos[1])
        },
    );
    add_method(g, t, "__repr__", signature!("($self, /)"), alias_repr);
    add_method(
        g,
        t,
        "__getattribute__",
        signature!("($self, name, /)"),
        alias_getattribute,
    );
    crate::objects::typeobject::mark_custom_getattribute(t);
    add_method(
        g,
        t,
        "__call__",
        signature!("($self, /, *args, **kwargs)"),
        alias_call,
    );
    add_method(g, t, "__eq__", signature!("($self, value, /)"), |vm, a| {
        alias_eq(vm, &a, false)
    });
    add_method(g, t, "__ne__", signature!("($self, value, /)"), |vm, a| {
        alias_eq(vm, &a, true)
    });
    add_method(g, t, "__hash__", signature!("($self, /)"), alias_hash);
    add_method(
        g,
        t,
        "__getitem__",
        signature!("($self, key, /)"),
        alias_getitem,
    );
    add_method(g, t, "__or__", signature!("($self, value, /)"), |vm, a| {
        union_or(vm, &a.args[0], &a.args[1])
    });
    add_method(g, t, "__ror__", signature!("($self, value, /)"), |vm, a| {
        union_or(vm, &a.args[1], &a.args[0])
    });
    add_method(
        g,
        t,
        "__mro_entries__",
        signature!(hidden "($self, object, /)"),
        |vm, a| Ok(vm.new_tuple(vec![alias(a.zelf()).origin.clone()])),
    );
    add_method(
        g,
        t,
        "__instancecheck__",
        signature!(hidden "($self, object, /)"),
        |vm, _a| Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic")),
    );
    add_method(
        g,
        t,
        "__subclasscheck__",
        signature!(hidden "($self, object, /)"),
        |vm, _a| Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic")),
    );
    add_getset(
        g,
        t,
        "__origin__",
        |_vm, o| Ok(alias(o).origin.clone()),
        None,
    );
    add_getset(g, t, "__args__", |_vm, o| Ok(alias(o).args.clone()), None);
    add_getset(
        g,
        t,
        "__parameters__",
        |_vm, o| Ok(alias(o).parameters.clone()),
        None,
    );
    add_getset(g, t, "__unpacked__", |vm, _o| Ok(vm.bool(false)), None);

    let u = &g.union_type;
    add_method(g, u, "__repr__", signature!("($self, /)"), union_repr);
    add_method(g, u, "__eq__", signature!("($self, value, /)"), |vm, a| {
        union_eq(vm, &a, false)
    });
    add_method(g, u, "__ne__", signature!("($self, value, /)"), |vm, a| {
        union_eq(vm, &a, true)
    });
    add_method(g, u, "__hash__", signature!("($self, /)"), |vm, a| {
        Ok(vm.new_int(vm.hash(&member_set(vm, a.zelf())?)?))
    });
    add_method(g, u, "__or__", signature!("($self, value, /)"), |vm, a| {
        union_or(vm, &a.args[0], &a.args[1])
    });
    add_method(g, u, "__ror__", signature!("($self, value, /)"), |vm, a| {
        union_or(vm, &a.args[1], &a.args[0])
    });
    add_method(
        g,
        u,
        "__instancecheck__",
        signature!("($self, instance, /)"),
        |vm, a| union_check(vm, &a, "__instancecheck__", false),
    );
    add_method(
        g,
        u,
        "__subclasscheck__",
        signature!("($self, subclass, /)"),
        |vm, a| union_check(vm, &a, "__subclasscheck__", true),
    );
    add_method(
        g,
        u,
        "__getitem__",
        signature!("($self, key, /)"),
        |vm, a| {
            Err(vm.type_error(format!(
                "{} is not a generic class",
                vm.repr_string(a.zelf())?
            )))
        },
    );
    add_getset(g, u, "__args__", |_vm, o| Ok(union(o).args.clone()), None);
    add_getset(
        g,
        u,
        "__parameters__",
        |_vm, o| Ok(union(o).parameters.clone()),
        None,
    );
}
