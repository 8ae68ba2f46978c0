//! Runtime support for `match`: mapping keys and class patterns.

use crate::error::PyResult;
use crate::object::PyRef;
use crate::objects::str::as_str;
use crate::objects::tuple::Tuple;
use crate::vm::Vm;

/// `MatchKeys`: the values for `keys` in mapping `subject`, or None if one is
/// missing.
pub fn match_keys(vm: &Vm, subject: &PyRef, keys: &PyRef) -> PyResult {
    let keys = keys
        .downcast::<Tuple>()
        .expect("keys tuple")
        .items()
        .to_vec();
    if keys.is_empty() {
        return Ok(vm.g.empty_tuple.clone());
    }
    let get = vm.getattr_str(subject, "get")?;
    // A private sentinel tells "missing" from a stored None.
    let dummy = vm.new_list(Vec::new());
    let mut seen: Vec<PyRef> = Vec::new();
    let mut values = Vec::new();
    for k in keys {
        for s in &seen {
            if vm.eq_bool(s, &k)? {
                return Err(vm.value_error(format!(
                    "mapping pattern checks duplicate key ({})",
                    vm.repr_string(&k)?
                )));
            }
        }
        let v = vm.call(&get, &[k.clone(), dummy.clone()], &[])?;
        if v.is(&dummy) {
            return Ok(vm.none());
        }
        seen.push(k);
        values.push(v);
    }
    Ok(vm.new_tuple(values))
}

/// `MatchClass`: the attributes for a class pattern with `npos` positional
/// sub-patterns and keyword `names`, or None if `subject` does not match.
pub fn match_class(vm: &Vm, subject: &PyRef, cls: &PyRef, npos: usize, names: &PyRef) -> PyResult {
    let Some(td) = cls.downcast::<crate::typeobj::TypeData>() else {
        return Err(vm.type_error("called match pattern must be a class"));
    };
    if !vm.isinstance(subject, cls)? {
        return Ok(vm.none());
    }
    let mut attrs = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    if npos > 0 {
        let match_args = vm.getattr_opt(cls, &vm.intern("__match_args__"))?;
        match match_args {
            Some(ma) => {
                let Some(t) = ma.downcast::<Tuple>().filter(|_| ma.type_is(&vm.g.tuple)) else {
                    return Err(vm.type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        td.name,
                        ma.ty().name
                    )));
                };
                if npos > t.items().len() {
                    return Err(vm.type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({npos} given)",
                        td.name,
                        t.items().len(),
                        if t.items().len() == 1 { "" } else { "s" }
                    )));
                }
                for name in &t.items()[..npos] {
                    if name.downcast::<crate::objects::str::Str>().is_none() {
                        return Err(vm.type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            name.ty().name
                        )));
                    }
                    let n = as_str(name).to_string();
                    if seen.contains(&n) {
                        return Err(vm.type_error(format!(
                            "{}() got multiple sub-patterns for attribute '{n}'",
                            td.name
                        )));
                    }
                    match vm.getattr_opt(subject, name)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(vm.none()),
                    }
                    seen.push(n);
                }
            }
            None => {
                if td.has_flag(crate::typeobj::flags::MATCH_SELF) || is_self_matching(vm, cls) {
                    if npos > 1 {
                        return Err(vm.type_error(format!(
                            "{}() accepts 1 positional sub-pattern ({npos} given)",
                            td.name
                        )));
                    }
                    attrs.push(subject.clone());
                } else {
                    return Err(vm.type_error(format!(
                        "{}() accepts 0 positional sub-patterns ({npos} given)",
                        td.name
                    )));
                }
            }
        }
    }
    for name in names.downcast::<Tuple>().expect("names tuple").items() {
        let n = as_str(name).to_string();
        if seen.contains(&n) {
            return Err(vm.type_error(format!(
                "{}() got multiple sub-patterns for attribute '{n}'",
                td.name
            )));
        }
        match vm.getattr_opt(subject, name)? {
            Some(v) => attrs.push(v),
            None => return Ok(vm.none()),
        }
        seen.push(n);
    }
    Ok(vm.new_tuple(attrs))
}

/// The builtin types whose instances match `C(x)` against themselves.
fn is_self_matching(vm: &Vm, cls: &PyRef) -> bool {
    let g = vm.g;
    [
        &g.bool_,
        &g.bytearray,
        &g.bytes,
        &g.dict,
        &g.float,
        &g.frozenset,
        &g.int,
        &g.list,
        &g.set,
        &g.str_,
        &g.tuple,
    ]
    .iter()
    .any(|t| {
        crate::objects::typeobject::td(cls)
            .mro()
            .iter()
            .any(|m| m.is(t))
    })
}
