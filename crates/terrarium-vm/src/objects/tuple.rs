//! `tuple`: an immutable sequence; its hash is CPython 3.11's xxHash-based
//! combination of the items' hashes.

use terrarium_compiler::bytecode::CmpOp;
use terrarium_format::TupleHasher;

use crate::error::PyResult;
use crate::globals::Globals;
use crate::memory::Reserve;
use crate::object::{Payload, PyRef, alloc};
use crate::objects::iterators;
use crate::objects::list::{
    SeqIndex, add_class_getitem, collect, new_cls_arg, reflected_or_error, repeat_count,
    repeat_items, repr_enter, resolve_index, seq_compare, seq_find, seq_index, slice_of,
    wrapper_args,
};
use crate::objects::native::Args;
use crate::objects::slice::Slice;
use crate::objects::str::as_str;
use crate::objects::typeobject::lookup;
use crate::objects::{add_method, add_static};
use crate::vm::Vm;

pub struct Tuple {
    items: Box<[PyRef]>,
}

impl Payload for Tuple {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        for x in self.items.iter() {
            visit(x);
        }
    }
    // No `clear`: like CPython's, a tuple cannot change, and cycles through
    // tuples are broken by clearing the mutable containers in them.
}

impl Drop for Tuple {
    fn drop(&mut self) {
        crate::objects::list::drop_rev(std::mem::take(&mut self.items).into_vec());
    }
}

impl Tuple {
    pub fn new(items: Vec<PyRef>) -> Tuple {
        Tuple {
            items: items.into_boxed_slice(),
        }
    }

    #[inline]
    pub fn items(&self) -> &[PyRef] {
        &self.items
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// A new exact tuple (the shared empty tuple when `items` is empty).
pub fn new_tuple(vm: &Vm, items: Vec<PyRef>) -> PyRef {
    if items.is_empty() {
        return vm.g.empty_tuple.clone();
    }
    alloc(&vm.g.tuple, Tuple::new(items))
}

/// `hash(t)` for a tuple's items.
pub fn hash_items(vm: &Vm, items: &[PyRef]) -> PyResult<i64> {
    // Like CPython, hashing nested tuples has no recursion limit; only the
    // native stack bounds it, and running out must not crash.
    if stacker::remaining_stack().is_some_and(|r| r < 256 * 1024) {
        return Err(vm.recursion_error("maximum recursion depth exceeded while hashing"));
    }
    let mut h = TupleHasher::new(items.len());
    for x in items {
        h.add(vm.hash(x)?);
    }
    Ok(h.finish())
}

fn tuple(o: &PyRef) -> &Tuple {
    o.downcast::<Tuple>().expect("tuple")
}

fn items_of<'a>(a: &Args<'a>) -> &'a [PyRef] {
    tuple(a.zelf()).items()
}

fn tuple_new(vm: &Vm, a: Args) -> PyResult {
    let cls = new_cls_arg(vm, &a, &vm.g.tuple)?;
    let default_init = || {
        lookup(&cls, "__init__")
            .is_some_and(|f| lookup(&vm.g.object, "__init__").is_some_and(|o| o.is(&f)))
    };
    if a.has_keywords() && (cls.is(&vm.g.tuple) || default_init()) {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    let pos = a.positional();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    if cls.is(&vm.g.tuple) {
        return match pos.get(1) {
            None => Ok(vm.g.empty_tuple.clone()),
            Some(x) if x.type_is(&vm.g.tuple) => Ok(x.clone()),
            Some(x) => Ok(new_tuple(vm, collect(vm, x)?)),
        };
    }
    let items = match pos.get(1) {
        Some(x) => collect(vm, x)?,
        None => Vec::new(),
    };
    Ok(alloc(&cls, Tuple::new(items)))
}

fn tuple_repr(vm: &Vm, a: Args) -> PyResult {
    let items = items_of(&a);
    if items.is_empty() {
        return Ok(vm.new_str("()"));
    }
    let Some(_guard) = repr_enter(a.zelf()) else {
        return Ok(vm.new_str("(...)"));
    };
    let mut s = String::from("(");
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(as_str(&vm.repr(x)?));
    }
    s.push_str(if items.len() == 1 { ",)" } else { ")" });
    Ok(vm.new_str(s))
}

fn tuple_compare(vm: &Vm, a: Args, op: CmpOp) -> PyResult {
    let pos = wrapper_args(vm, &a, op.dunder(), 1)?;
    let Some(other) = pos[0].downcast::<Tuple>() else {
        return Ok(vm.g.not_implemented.clone());
    };
    let (x, y) = (items_of(&a), other.items());
    seq_compare(
        vm,
        op,
        &|| x.len(),
        &|| y.len(),
        &|i| x.get(i).cloned(),
        &|i| y.get(i).cloned(),
    )
}

fn tuple_hash(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__hash__", 0)?;
    Ok(vm.new_int(hash_items(vm, items_of(&a))?))
}

fn tuple_len(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__len__", 0)?;
    Ok(vm.new_int(items_of(&a).len() as i64))
}

fn tuple_getitem(vm: &Vm, a: Args) -> PyResult {
    let pos = wrapper_args(vm, &a, "__getitem__", 1)?;
    let items = items_of(&a);
    match seq_index(vm, &pos[0], "tuple")? {
        SeqIndex::Int(i) => match resolve_index(i, items.len()) {
            Some(j) => Ok(items[j].clone()),
            None => Err(vm.index_error("tuple index out of range")),
        },
        SeqIndex::Slice(s) => {
            let s = s.downcast::<Slice>().expect("slice");
            let (start, _, step, n) = s.indices(vm, items.len())?;
            if start == 0 && step == 1 && n == items.len() && a.zelf().type_is(&vm.g.tuple) {
                return Ok(a.zelf().clone());
            }
            Ok(new_tuple(vm, slice_of(vm, items, s)?))
        }
    }
}

fn tuple_contains(vm: &Vm, a: Args) -> PyResult {
    let pos = wrapper_args(vm, &a, "__contains__", 1)?;
    for x in items_of(&a) {
        if vm.eq_bool(x, &pos[0])? {
            return Ok(vm.bool(true));
        }
    }
    Ok(vm.bool(false))
}

fn tuple_iter(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__iter__", 0)?;
    Ok(iterators::new_tuple_iter(vm, a.zelf().clone()))
}

fn tuple_add(vm: &Vm, a: Args) -> PyResult {
    let pos = wrapper_args(vm, &a, "__add__", 1)?;
    let other = &pos[0];
    let Some(o) = other.downcast::<Tuple>() else {
        return reflected_or_error(
            vm,
            other,
            "__radd__",
            format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                other.ty().name
            ),
        );
    };
    let zelf = a.zelf();
    let items = items_of(&a);
    if o.is_empty() && zelf.type_is(&vm.g.tuple) {
        return Ok(zelf.clone());
    }
    if items.is_empty() && other.type_is(&vm.g.tuple) {
        return Ok(other.clone());
    }
    let mut v = Vec::new();
    v.reserve_exact_or_raise(vm, items.len() + o.len())?;
    v.extend_from_slice(items);
    v.extend_from_slice(o.items());
    Ok(new_tuple(vm, v))
}

fn tuple_mul(vm: &Vm, a: Args, reflected: bool) -> PyResult {
    let pos = wrapper_args(vm, &a, "__mul__", 1)?;
    let Some(n) = repeat_count(vm, &pos[0])? else {
        if reflected {
            return Ok(vm.g.not_implemented.clone());
        }
        return reflected_or_error(
            vm,
            &pos[0],
            "__rmul__",
            format!(
                "can't multiply sequence by non-int of type '{}'",
                pos[0].ty().name
            ),
        );
    };
    let zelf = a.zelf();
    if n == 1 && zelf.type_is(&vm.g.tuple) {
        return Ok(zelf.clone());
    }
    Ok(new_tuple(vm, repeat_items(vm, items_of(&a), n)?))
}

fn tuple_count(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "tuple.count", 1, 1, 1)?;
    let mut n = 0;
    for x in items_of(&a) {
        if vm.eq_bool(x, &pos[0])? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn tuple_index(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "index", 1, 1, 3)?;
    let items = items_of(&a);
    match seq_find(vm, pos, items.len(), &|i| items.get(i).cloned())? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error("tuple.index(x): x not in tuple")),
    }
}

fn tuple_getnewargs(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "tuple.__getnewargs__", 1, 0, 0)?;
    let copy = new_tuple(vm, items_of(&a).to_vec());
    Ok(vm.new_tuple(vec![copy]))
}

pub fn fill(g: &Globals) {
    let t = &g.tuple;
    add_static(
        g,
        t,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        tuple_new,
    );
    add_method(g, t, "__repr__", signature!("($self, /)"), tuple_repr);
    add_method(g, t, "__eq__", signature!("($self, value, /)"), |vm, a| {
        tuple_compare(vm, a, CmpOp::Eq)
    });
    add_method(g, t, "__ne__", signature!("($self, value, /)"), |vm, a| {
        tuple_compare(vm, a, CmpOp::Ne)
    });
    add_method(g, t, "__lt__", signature!("($self, value, /)"), |vm, a| {
        tuple_compare(vm, a, CmpOp::Lt)
    });
    add_method(g, t, "__le__", signature!("($self, value, /)"), |vm, a| {
        tuple_compare(vm, a, CmpOp::Le)
    });
    add_method(g, t, "__gt__", signature!("($self, value, /)"), |vm, a| {
        tuple_compare(vm, a, CmpOp::Gt)
    });
    add_method(g, t, "__ge__", signature!("($self, value, /)"), |vm, a| {
        tuple_compare(vm, a, CmpOp::Ge)
    });
    add_method(g, t, "__hash__", signature!("($self, /)"), tuple_hash);
    add_method(g, t, "__len__", signature!("($self, /)"), tuple_len);
    add_method(
        g,
        t,
        "__getitem__",
        signature!("($self, key, /)"),
        tuple_getitem,
    );
    add_method(
        g,
        t,
        "__contains__",
        signature!("($self, key, /)"),
        tuple_contains,
    );
    add_method(g, t, "__iter__", signature!("($self, /)"), tuple_iter);
    add_method(g, t, "__add__", signature!("($self, value, /)"), tuple_add);
    add_method(g, t, "__mul__", signature!("($self, value, /)"), |vm, a| {
        tuple_mul(vm, a, false)
    });
    add_method(
        g,
        t,
        "__rmul__",
        signature!("($self, value, /)"),
        |vm, a| tuple_mul(vm, a, true),
    );
    add_method(g, t, "count", signature!("($self, value, /)"), tuple_count);
    add_method(
        g,
        t,
        "index",
        signature!("($self, value, start=0, stop=sys.maxsize, /)"),
        tuple_index,
    );
    add_method(
        g,
        t,
        "__getnewargs__",
        signature!("($self, /)"),
        tuple_getnewargs,
    );
    add_class_getitem(g, t);
    crate::objects::add_doc(
        g,
        t,
        "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object.",
    );
}
