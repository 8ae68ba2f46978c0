//! The methods of `dict` (the hash table itself is `dict.rs`) and of its
//! views `dict_keys`, `dict_values` and `dict_items`.

use terrarium_compiler::bytecode::CmpOp;

use crate::error::PyResult;
use crate::globals::Globals;
use crate::object::{PyRef, alloc};
use crate::objects::dict::Dict;
use crate::objects::iterators::{self, DictPart, Iter};
use crate::objects::list::{add_class_getitem, new_cls_arg, repr_enter, wrapper_args};
use crate::objects::native::Args;
use crate::objects::set::{self as setmod, Set};
use crate::objects::str::as_str;
use crate::objects::tuple::Tuple;
use crate::objects::typeobject::{MappingProxy, lookup};
use crate::objects::{add_classmethod, add_getset, add_method, add_static, set_type_attr};
use crate::vm::Vm;

fn dict(o: &PyRef) -> &Dict {
    o.downcast::<Dict>().expect("dict")
}

fn is_dict(o: &PyRef) -> bool {
    o.downcast::<Dict>().is_some()
}

// ---- updating -------------------------------------------------------------------------------

/// `PyDict_Merge(d, other, override=1)`: from a dict (that does not
/// override `__iter__`) directly, otherwise through `keys()` and `[]`.
pub fn merge(vm: &Vm, d: &PyRef, other: &PyRef) -> PyResult<()> {
    let target = dict(d);
    if let Some(src) = other.downcast::<Dict>() {
        let plain_iter = other.type_is(&vm.g.dict)
            || lookup(other.type_obj_ref(), "__iter__")
                .is_some_and(|f| lookup(&vm.g.dict, "__iter__").is_some_and(|g| g.is(&f)));
        if plain_iter {
            if d.is(other) {
                return Ok(());
            }
            for e in src.entries() {
                target.set_item_hashed(vm, e.key, e.hash, e.value)?;
            }
            return Ok(());
        }
    }
    let keys = vm.call_method(other, "keys", &[])?;
    let it = vm.iter(&keys)?;
    while let Some(k) = vm.next(&it)? {
        let v = vm.getitem(other, &k)?;
        target.set_item(vm, k, v)?;
    }
    Ok(())
}

/// `PyDict_MergeFromSeq2`: from an iterable of key/value pairs.
pub fn merge_from_pairs(vm: &Vm, d: &PyRef, pairs: &PyRef) -> PyResult<()> {
    let target = dict(d);
    let it = vm.iter(pairs)?;
    let mut i = 0usize;
    while let Some(item) = vm.next(&it)? {
        let kv = match vm.to_vec(&item) {
            Ok(v) => v,
            Err(e) if vm.err_matches(&e, "TypeError") => {
                return Err(vm.type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )));
            }
            Err(e) => return Err(e),
        };
        if kv.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                kv.len()
            )));
        }
        let mut kv = kv.into_iter();
        let (k, v) = (kv.next().expect("two"), kv.next().expect("two"));
        target.set_item(vm, k, v)?;
        i += 1;
    }
    Ok(())
}

/// `dict_update_arg`: a mapping (anything with `keys`) or pairs.
pub fn update_arg(vm: &Vm, d: &PyRef, arg: &PyRef) -> PyResult<()> {
    if arg.type_is(&vm.g.dict) {
        return merge(vm, d, arg);
    }
    if vm.getattr_opt(arg, &vm.intern("keys"))?.is_some() {
        return merge(vm, d, arg);
    }
    merge_from_pairs(vm, d, arg)
}

/// `dict.update` / `dict.__init__`: one optional positional argument, then
/// keyword arguments.
fn update_common(vm: &Vm, a: &Args, fname: &str) -> PyResult<()> {
    let pos = a.positional();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "{fname} expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    let zelf = a.zelf();
    if let Some(arg) = pos.get(1) {
        update_arg(vm, zelf, arg)?;
    }
    let d = dict(zelf);
    let n = a.args.len() - a.kwnames.len();
    for (k, v) in a.kwnames.iter().zip(&a.args[n..]) {
        d.set_item(vm, k.clone(), v.clone())?;
    }
    Ok(())
}

// ---- dict methods -----------------------------------------------------------------------------

fn dict_new(vm: &Vm, a: Args) -> PyResult {
    let cls = new_cls_arg(vm, &a, &vm.g.dict)?;
    Ok(alloc(&cls, Dict::new()))
}

fn dict_init(vm: &Vm, a: Args) -> PyResult {
    update_common(vm, &a, "dict")?;
    Ok(vm.none())
}

fn dict_update(vm: &Vm, a: Args) -> PyResult {
    update_common(vm, &a, "update")?;
    Ok(vm.none())
}

fn dict_repr(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let d = dict(zelf);
    if d.is_empty() {
        return Ok(vm.new_str("{}"));
    }
    let Some(_guard) = repr_enter(zelf) else {
        return Ok(vm.new_str("{...}"));
    };
    let mut s = String::from("{");
    let mut first = true;
    let mut i = 0;
    while i < d.capacity_hint() {
        if let Some(e) = d.entry_at(i) {
            if !first {
                s.push_str(", ");
            }
            first = false;
            s.push_str(as_str(&vm.repr(&e.key)?));
            s.push_str(": ");
            s.push_str(as_str(&vm.repr(&e.value)?));
        }
        i += 1;
    }
    s.push('}');
    Ok(vm.new_str(s))
}

/// `a == b` for two dicts.
pub fn dict_equal(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    let (da, db) = (dict(a), dict(b));
    if da.len() != db.len() {
        return Ok(false);
    }
    let mut i = 0;
    while i < da.capacity_hint() {
        if let Some(e) = da.entry_at(i) {
            let Some(bv) = db.get_item_hashed(vm, &e.key, e.hash)? else {
                return Ok(false);
            };
            if !vm.eq_bool(&e.value, &bv)? {
                return Ok(false);
            }
        }
        i += 1;
    }
    Ok(true)
}

fn dict_compare(vm: &Vm, a: Args, op: CmpOp) -> PyResult {
    let pos = wrapper_args(vm, &a, op.dunder(), 1)?;
    if !is_dict(&pos[0]) || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(vm.g.not_implemented.clone());
    }
    let eq = dict_equal(vm, a.zelf(), &pos[0])?;
    Ok(vm.bool(eq == (op == CmpOp::Eq)))
}

fn dict_len(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__len__", 0)?;
    Ok(vm.new_int(dict(a.zelf()).len() as i64))
}

fn dict_getitem(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "dict.__getitem__", 1, 1, 1)?;
    let zelf = a.zelf();
    let key = &pos[0];
    if let Some(v) = dict(zelf).get_item(vm, key)? {
        return Ok(v);
    }
    if !zelf.type_is(&vm.g.dict)
        && let Some(missing) = lookup(zelf.type_obj_ref(), "__missing__")
    {
        return vm.call_descr(&missing, zelf, std::slice::from_ref(key));
    }
    Err(vm.key_error(key.clone()))
}

fn dict_setitem(vm: &Vm, a: Args) -> PyResult {
    let pos = wrapper_args(vm, &a, "__setitem__", 2)?;
    dict(a.zelf()).set_item(vm, pos[0].clone(), pos[1].clone())?;
    Ok(vm.none())
}

fn dict_delitem(vm: &Vm, a: Args) -> PyResult {
    let pos = wrapper_args(vm, &a, "__delitem__", 1)?;
    match dict(a.zelf()).del_item(vm, &pos[0])? {
        Some(old) => {
            drop(old);
            Ok(vm.none())
        }
        None => Err(vm.key_error(pos[0].clone())),
    }
}

fn dict_contains(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "dict.__contains__", 1, 1, 1)?;
    Ok(vm.bool(dict(a.zelf()).contains(vm, &pos[0])?))
}

fn dict_iter(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__iter__", 0)?;
    Ok(iterators::new_dict_iter(
        vm,
        a.zelf().clone(),
        DictPart::Keys,
        false,
    ))
}

fn dict_reversed(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "dict.__reversed__", 1, 0, 0)?;
    Ok(iterators::new_dict_iter(
        vm,
        a.zelf().clone(),
        DictPart::Keys,
        true,
    ))
}

/// A plain dict with the contents of `d`.
pub fn copy_dict(vm: &Vm, d: &PyRef) -> PyResult {
    Ok(alloc(&vm.g.dict, dict(d).copy(vm)?))
}

fn dict_or(vm: &Vm, a: Args, reflected: bool) -> PyResult {
    let pos = wrapper_args(vm, &a, "__or__", 1)?;
    let (x, y) = if reflected {
        (&pos[0], a.zelf())
    } else {
        (a.zelf(), &pos[0])
    };
    if !is_dict(x) || !is_dict(y) {
        return Ok(vm.g.not_implemented.clone());
    }
    let new = copy_dict(vm, x)?;
    update_arg(vm, &new, y)?;
    Ok(new)
}

fn dict_ior(vm: &Vm, a: Args) -> PyResult {
    let pos = wrapper_args(vm, &a, "__ior__", 1)?;
    update_arg(vm, a.zelf(), &pos[0])?;
    Ok(a.zelf().clone())
}

fn view(vm: &Vm, a: Args, part: DictPart, name: &str) -> PyResult {
    a.check_pos(vm, name, 1, 0, 0)?;
    Ok(iterators::new_dict_view(vm, a.zelf().clone(), part))
}

fn dict_get(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "get", 1, 1, 2)?;
    match dict(a.zelf()).get_item(vm, &pos[0])? {
        Some(v) => Ok(v),
        None => Ok(pos.get(1).cloned().unwrap_or_else(|| vm.none())),
    }
}

fn dict_setdefault(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "setdefault", 1, 1, 2)?;
    let d = dict(a.zelf());
    let key = &pos[0];
    let hash = vm.hash(key)?;
    if let Some(v) = d.get_item_hashed(vm, key, hash)? {
        return Ok(v);
    }
    let default = pos.get(1).cloned().unwrap_or_else(|| vm.none());
    d.set_item_hashed(vm, key.clone(), hash, default.clone())?;
    Ok(default)
}

fn dict_pop(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "pop", 1, 1, 2)?;
    let d = dict(a.zelf());
    let removed = if d.is_empty() {
        None
    } else {
        d.del_item(vm, &pos[0])?
    };
    match (removed, pos.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(vm.key_error(pos[0].clone())),
    }
}

fn dict_popitem(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "dict.popitem", 1, 0, 0)?;
    match dict(a.zelf()).pop_last(vm)? {
        Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
        None => Err(vm.new_exc("KeyError", "popitem(): dictionary is empty")),
    }
}

fn dict_clear(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "dict.clear", 1, 0, 0)?;
    dict(a.zelf()).clear(vm)?;
    Ok(vm.none())
}

fn dict_copy(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "dict.copy", 1, 0, 0)?;
    copy_dict(vm, a.zelf())
}

fn dict_fromkeys(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "fromkeys", 1, 1, 2)?;
    let cls = a.zelf();
    let value = pos.get(1).cloned().unwrap_or_else(|| vm.none());
    let d = vm.call0(cls)?;
    let exact = d.type_is(&vm.g.dict);
    let it = vm.iter(&pos[0])?;
    while let Some(k) = vm.next(&it)? {
        if exact {
            dict(&d).set_item(vm, k, value.clone())?;
        } else {
            vm.setitem(&d, &k, value.clone())?;
        }
    }
    Ok(d)
}

/// CPython's `dict.__sizeof__`: the object, plus its key table sized as
/// CPython would have grown it for this many entries.
fn dict_sizeof(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "__sizeof__", 1, 0, 0)?;
    let d = dict(a.zelf());
    let n = d.capacity_hint();
    if n == 0 && d.is_empty() {
        return Ok(vm.new_int(48));
    }
    let mut size: usize = 8;
    while n > size * 2 / 3 {
        size = ((size * 2 / 3) * 3).next_power_of_two();
    }
    let index_bytes = if size <= 128 {
        size
    } else if size <= 1 << 16 {
        size * 2
    } else {
        size * 4
    };
    let str_keys = d.keys().iter().all(|k| k.type_is(&vm.g.str_));
    let entry = if str_keys { 16 } else { 24 };
    Ok(vm.new_int((48 + 32 + index_bytes + size * 2 / 3 * entry) as i64))
}

// ---- views --------------------------------------------------------------------------------------

/// The dict and part of a view object.
fn view_of(o: &PyRef) -> Option<(PyRef, DictPart)> {
    o.downcast::<Iter>().and_then(|i| i.view())
}

/// A keys or items view (the views that behave like sets).
fn is_set_view(o: &PyRef) -> bool {
    matches!(view_of(o), Some((_, DictPart::Keys | DictPart::Items)))
}

fn zelf_view(a: &Args) -> (PyRef, DictPart) {
    view_of(a.zelf()).expect("dict view")
}

fn view_len(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__len__", 0)?;
    Ok(vm.new_int(dict(&zelf_view(&a).0).len() as i64))
}

fn view_iter(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__iter__", 0)?;
    let (d, part) = zelf_view(&a);
    Ok(iterators::new_dict_iter(vm, d, part, false))
}

fn view_reversed(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "__reversed__", 1, 0, 0)?;
    let (d, part) = zelf_view(&a);
    Ok(iterators::new_dict_iter(vm, d, part, true))
}

fn view_repr(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let Some(_guard) = repr_enter(zelf) else {
        return Ok(vm.new_str("..."));
    };
    let items = vm.new_list(vm.to_vec(zelf)?);
    Ok(vm.new_str(format!("{}({})", zelf.ty().name, vm.repr_string(&items)?)))
}

fn view_mapping(vm: &Vm, o: &PyRef) -> PyResult {
    let (d, _) = view_of(o).expect("dict view");
    Ok(alloc(&vm.g.mappingproxy, MappingProxy { mapping: d }))
}

/// `x in view` for a keys or items view.
fn view_contains_item(vm: &Vm, d: &PyRef, part: DictPart, x: &PyRef) -> PyResult<bool> {
    if part == DictPart::Keys {
        return dict(d).contains(vm, x);
    }
    let Some(t) = x.downcast::<Tuple>() else {
        return Ok(false);
    };
    let [k, v] = t.items() else { return Ok(false) };
    match dict(d).get_item(vm, k)? {
        Some(found) => vm.eq_bool(&found, v),
        None => Ok(false),
    }
}

fn view_contains(vm: &Vm, a: Args) -> PyResult {
    let pos = wrapper_args(vm, &a, "__contains__", 1)?;
    let (d, part) = zelf_view(&a);
    Ok(vm.bool(view_contains_item(vm, &d, part, &pos[0])?))
}

/// Every item of `a` is in `b`.
fn all_contained_in(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    let it = vm.iter(a)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn view_compare(vm: &Vm, a: Args, op: CmpOp) -> PyResult {
    let pos = wrapper_args(vm, &a, op.dunder(), 1)?;
    let (zelf, other) = (a.zelf(), &pos[0]);
    if other.downcast::<Set>().is_none() && !is_set_view(other) {
        return Ok(vm.g.not_implemented.clone());
    }
    let (ls, lo) = (vm.len(zelf)?, vm.len(other)?);
    let r = match op {
        CmpOp::Eq => ls == lo && all_contained_in(vm, zelf, other)?,
        CmpOp::Ne => !(ls == lo && all_contained_in(vm, zelf, other)?),
        CmpOp::Lt => ls < lo && all_contained_in(vm, zelf, other)?,
        CmpOp::Le => ls <= lo && all_contained_in(vm, zelf, other)?,
        CmpOp::Gt => ls > lo && all_contained_in(vm, other, zelf)?,
        CmpOp::Ge => ls >= lo && all_contained_in(vm, other, zelf)?,
    };
    Ok(vm.bool(r))
}

/// `set(o)`, taking the dict itself for a keys view of an exact dict (so
/// the set is built, and ordered, as CPython builds it).
fn view_to_set(vm: &Vm, o: &PyRef) -> PyResult {
    if let Some((d, DictPart::Keys)) = view_of(o)
        && d.type_is(&vm.g.dict)
    {
        return setmod::set_from(vm, &d);
    }
    setmod::set_from(vm, o)
}

fn views_and(vm: &Vm, x: &PyRef, y: &PyRef) -> PyResult {
    let (mut zelf, mut other) = (x.clone(), y.clone());
    if !is_set_view(&zelf) {
        std::mem::swap(&mut zelf, &mut other);
    }
    let len_self = vm.len(&zelf)?;
    if other.type_is(&vm.g.set) && len_self <= vm.len(&other)? {
        return setmod::intersection(vm, &other, &zelf);
    }
    if is_set_view(&other) && vm.len(&other)? > len_self {
        std::mem::swap(&mut zelf, &mut other);
    }
    let (d, part) = view_of(&zelf).expect("dict view");
    let result = setmod::new_set(vm, Vec::new())?;
    let it = vm.iter(&other)?;
    while let Some(k) = vm.next(&it)? {
        if view_contains_item(vm, &d, part, &k)? {
            result.downcast::<Set>().expect("set").add(vm, k)?;
        }
    }
    Ok(result)
}

fn views_or(vm: &Vm, x: &PyRef, y: &PyRef) -> PyResult {
    let result = view_to_set(vm, x)?;
    result.downcast::<Set>().expect("set").update(vm, y)?;
    Ok(result)
}

fn views_sub(vm: &Vm, x: &PyRef, y: &PyRef) -> PyResult {
    let result = view_to_set(vm, x)?;
    setmod::difference_update(vm, &result, y)?;
    Ok(result)
}

fn items_xor(vm: &Vm, d1: &PyRef, d2: &PyRef) -> PyResult {
    let temp = copy_dict(vm, d1)?;
    let t = dict(&temp);
    let result = setmod::new_set(vm, Vec::new())?;
    let rs = result.downcast::<Set>().expect("set");
    for e in dict(d2).entries() {
        let to_delete = match t.get_item_hashed(vm, &e.key, e.hash)? {
            Some(v1) => vm.eq_bool(&v1, &e.value)?,
            None => false,
        };
        if to_delete {
            t.del_item_hashed(vm, &e.key, e.hash)?;
        } else {
            rs.add(vm, vm.new_tuple(vec![e.key, e.value]))?;
        }
    }
    let remaining = iterators::new_dict_view(vm, temp, DictPart::Items);
    rs.update(vm, &remaining)?;
    Ok(result)
}

fn views_xor(vm: &Vm, x: &PyRef, y: &PyRef) -> PyResult {
    if let (Some((d1, DictPart::Items)), Some((d2, DictPart::Items))) = (view_of(x), view_of(y)) {
        return items_xor(vm, &d1, &d2);
    }
    let result = view_to_set(vm, x)?;
    setmod::symmetric_difference_update(vm, &result, y)?;
    Ok(result)
}

/// A view operator; `reflected` puts the view on the right.
fn view_binop(
    vm: &Vm,
    a: Args,
    reflected: bool,
    f: fn(&Vm, &PyRef, &PyRef) -> PyResult,
) -> PyResult {
    let pos = wrapper_args(vm, &a, "operator", 1)?;
    if reflected {
        f(vm, &pos[0], a.zelf())
    } else {
        f(vm, a.zelf(), &pos[0])
    }
}

fn view_isdisjoint(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "isdisjoint", 1, 1, 1)?;
    let (mut zelf, mut other) = (a.zelf().clone(), pos[0].clone());
    if zelf.is(&other) {
        return Ok(vm.bool(vm.len(&zelf)? == 0));
    }
    if other.downcast::<Set>().is_some() || is_set_view(&other) {
        let (ls, lo) = (vm.len(&zelf)?, vm.len(&other)?);
        if lo > ls {
            std::mem::swap(&mut zelf, &mut other);
        }
    }
    let it = vm.iter(&other)?;
    while let Some(x) = vm.next(&it)? {
        if vm.contains(&zelf, &x)? {
            return Ok(vm.bool(false));
        }
    }
    Ok(vm.bool(true))
}

fn fill_views(g: &Globals) {
    for name in ["dict_keys", "dict_values", "dict_items"] {
        let t = g.iter_type(name);
        add_method(g, t, "__len__", signature!("($self, /)"), view_len);
        add_method(g, t, "__iter__", signature!("($self, /)"), view_iter);
        add_method(
            g,
            t,
            "__reversed__",
            signature!(hidden "($self, /)"),
            view_reversed,
        );
        add_method(g, t, "__repr__", signature!("($self, /)"), view_repr);
        add_getset(g, t, "mapping", view_mapping, None);
        if name == "dict_values" {
            continue;
        }
        add_method(
            g,
            t,
            "__contains__",
            signature!("($self, key, /)"),
            view_contains,
        );
        add_method(g, t, "__eq__", signature!("($self, value, /)"), |vm, a| {
            view_compare(vm, a, CmpOp::Eq)
        });
        add_method(g, t, "__ne__", signature!("($self, value, /)"), |vm, a| {
            view_compare(vm, a, CmpOp::Ne)
        });
        add_method(g, t, "__lt__", signature!("($self, value, /)"), |vm, a| {
            view_compare(vm, a, CmpOp::Lt)
        });
        add_method(g, t, "__le__", signature!("($self, value, /)"), |vm, a| {
            view_compare(vm, a, CmpOp::Le)
        });
        add_method(g, t, "__gt__", signature!("($self, value, /)"), |vm, a| {
            view_compare(vm, a, CmpOp::Gt)
        });
        add_method(g, t, "__ge__", signature!("($self, value, /)"), |vm, a| {
            view_compare(vm, a, CmpOp::Ge)
        });
        add_method(g, t, "__and__", signature!("($self, value, /)"), |vm, a| {
            view_binop(vm, a, false, views_and)
        });
        add_method(
            g,
            t,
            "__rand__",
            signature!("($self, value, /)"),
            |vm, a| view_binop(vm, a, true, views_and),
        );
        add_method(g, t, "__or__", signature!("($self, value, /)"), |vm, a| {
            view_binop(vm, a, false, views_or)
        });
        add_method(g, t, "__ror__", signature!("($self, value, /)"), |vm, a| {
            view_binop(vm, a, true, views_or)
        });
        add_method(g, t, "__sub__", signature!("($self, value, /)"), |vm, a| {
            view_binop(vm, a, false, views_sub)
        });
        add_method(
            g,
            t,
            "__rsub__",
            signature!("($self, value, /)"),
            |vm, a| view_binop(vm, a, true, views_sub),
        );
        add_method(g, t, "__xor__", signature!("($self, value, /)"), |vm, a| {
            view_binop(vm, a, false, views_xor)
        });
        add_method(
            g,
            t,
            "__rxor__",
            signature!("($self, value, /)"),
            |vm, a| view_binop(vm, a, true, views_xor),
        );
        add_method(
            g,
            t,
            "isdisjoint",
            signature!(hidden "($self, object, /)"),
            view_isdisjoint,
        );
        set_type_attr(g, t, "__hash__", g.none.clone());
    }
}

pub fn fill(g: &Globals) {
    let t = &g.dict;
    add_static(
        g,
        t,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        dict_new,
    );
    add_method(
        g,
        t,
        "__init__",
        signature!("($self, /, *args, **kwargs)"),
        dict_init,
    );
    add_method(g, t, "__repr__", signature!("($self, /)"), dict_repr);
    add_method(g, t, "__eq__", signature!("($self, value, /)"), |vm, a| {
        dict_compare(vm, a, CmpOp::Eq)
    });
    add_method(g, t, "__ne__", signature!("($self, value, /)"), |vm, a| {
        dict_compare(vm, a, CmpOp::Ne)
    });
    add_method(g, t, "__lt__", signature!("($self, value, /)"), |vm, a| {
        dict_compare(vm, a, CmpOp::Lt)
    });
    add_method(g, t, "__le__", signature!("($self, value, /)"), |vm, a| {
        dict_compare(vm, a, CmpOp::Le)
    });
    add_method(g, t, "__gt__", signature!("($self, value, /)"), |vm, a| {
        dict_compare(vm, a, CmpOp::Gt)
    });
    add_method(g, t, "__ge__", signature!("($self, value, /)"), |vm, a| {
        dict_compare(vm, a, CmpOp::Ge)
    });
    add_method(g, t, "__len__", signature!("($self, /)"), dict_len);
    add_method(
        g,
        t,
        "__getitem__",
        signature!(hidden "($self, y, /)"),
        dict_getitem,
    );
    add_method(
        g,
        t,
        "__setitem__",
        signature!("($self, key, value, /)"),
        dict_setitem,
    );
    add_method(
        g,
        t,
        "__delitem__",
        signature!("($self, key, /)"),
        dict_delitem,
    );
    add_method(
        g,
        t,
        "__contains__",
        signature!("($self, key, /)"),
        dict_contains,
    );
    add_method(g, t, "__iter__", signature!("($self, /)"), dict_iter);
    add_method(
        g,
        t,
        "__reversed__",
        signature!("($self, /)"),
        dict_reversed,
    );
    add_method(g, t, "__or__", signature!("($self, value, /)"), |vm, a| {
        dict_or(vm, a, false)
    });
    add_method(g, t, "__ror__", signature!("($self, value, /)"), |vm, a| {
        dict_or(vm, a, true)
    });
    add_method(g, t, "__ior__", signature!("($self, value, /)"), dict_ior);
    add_method(g, t, "keys", signature!(hidden "($self, /)"), |vm, a| {
        view(vm, a, DictPart::Keys, "dict.keys")
    });
    add_method(g, t, "values", signature!(hidden "($self, /)"), |vm, a| {
        view(vm, a, DictPart::Values, "dict.values")
    });
    add_method(g, t, "items", signature!(hidden "($self, /)"), |vm, a| {
        view(vm, a, DictPart::Items, "dict.items")
    });
    add_method(
        g,
        t,
        "get",
        signature!("($self, key, default=None, /)"),
        dict_get,
    );
    add_method(
        g,
        t,
        "setdefault",
        signature!("($self, key, default=None, /)"),
        dict_setdefault,
    );
    add_method(
        g,
        t,
        "pop",
        signature!("($self, key, default=<unrepresentable>, /)"),
        dict_pop,
    );
    add_method(g, t, "popitem", signature!("($self, /)"), dict_popitem);
    add_method(
        g,
        t,
        "update",
        signature!(hidden "($self, *args, **kwargs)"),
        dict_update,
    );
    add_method(g, t, "clear", signature!(hidden "($self, /)"), dict_clear);
    add_method(g, t, "copy", signature!(hidden "($self, /)"), dict_copy);
    add_classmethod(
        g,
        t,
        "fromkeys",
        signature!("($type, iterable, value=None, /)"),
        dict_fromkeys,
    );
    add_method(
        g,
        t,
        "__sizeof__",
        signature!(hidden "($self, /)"),
        dict_sizeof,
    );
    add_class_getitem(g, t);
    set_type_attr(g, t, "__hash__", g.none.clone());
    crate::objects::add_doc(
        g,
        t,
        "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)",
    );
    fill_views(g);
}
