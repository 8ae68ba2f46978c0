//! The builtin iterator types (list, tuple, range, str, bytes, dict and set
//! iterators, the sequence and callable iterators), the iterator classes
//! `enumerate`, `zip`, `map`, `filter` and `reversed`, and the dict views.
//! They all share one payload, [`Iter`], whose state is a [`Kind`].

use std::cell::RefCell;

use num_bigint::BigInt;
use num_traits::Signed;

use crate::error::PyResult;
use crate::globals::Globals;
use crate::object::{Payload, PyRef, alloc};
use crate::objects::dict::Dict;
use crate::objects::int::{Int, new_bigint};
use crate::objects::list::{List, new_cls_arg, wrapper_args};
use crate::objects::native::Args;
use crate::objects::set::Set;
use crate::objects::str::Str;
use crate::objects::tuple::Tuple;
use crate::objects::typeobject::lookup;
use crate::objects::{add_method, add_static};
use crate::vm::Vm;

/// The builtin iterator and view types that cannot be subclassed.
pub const ITERATOR_TYPES: &[&str] = &[
    "iterator",
    "callable_iterator",
    "list_iterator",
    "list_reverseiterator",
    "tuple_iterator",
    "range_iterator",
    "longrange_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "set_iterator",
    "dict_keys",
    "dict_values",
    "dict_items",
];

/// The iterator classes exposed as builtins (subclassable).
pub const BUILTIN_ITERATOR_CLASSES: &[&str] = &["enumerate", "zip", "map", "filter", "reversed"];

/// Which part of a dict an iterator or view produces.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

/// An `enumerate` counter: machine-sized until it overflows.
pub enum Count {
    Small(i64),
    Big(BigInt),
}

/// The state of an iterator. A container reference becomes `None` once the
/// iterator is exhausted, releasing the container as CPython does.
pub enum Kind {
    /// Over any object with `__getitem__` (the type named `iterator`).
    Seq {
        seq: Option<PyRef>,
        index: usize,
    },
    List {
        list: Option<PyRef>,
        index: usize,
    },
    ListRev {
        list: Option<PyRef>,
        index: usize,
    },
    Tuple {
        tuple: Option<PyRef>,
        index: usize,
    },
    Range {
        next: i64,
        step: i64,
        remaining: u64,
    },
    LongRange {
        next: BigInt,
        step: BigInt,
        remaining: BigInt,
    },
    Str {
        s: Option<PyRef>,
        byte_pos: usize,
        index: usize,
    },
    Bytes {
        obj: Option<PyRef>,
        index: usize,
    },
    Dict {
        dict: Option<PyRef>,
        part: DictPart,
        pos: usize,
        used: usize,
        remaining: usize,
    },
    /// `pos` is one past the next entry to look at, counting down.
    DictRev {
        dict: Option<PyRef>,
        part: DictPart,
        pos: usize,
        used: usize,
        remaining: usize,
    },
    Set {
        set: Option<PyRef>,
        pos: usize,
        used: usize,
        remaining: usize,
    },
    Callable {
        func: Option<PyRef>,
        sentinel: Option<PyRef>,
    },
    Enumerate {
        it: PyRef,
        count: Count,
    },
    Zip {
        its: Vec<PyRef>,
        strict: bool,
    },
    Map {
        func: PyRef,
        its: Vec<PyRef>,
    },
    Filter {
        func: PyRef,
        it: PyRef,
    },
    /// `index` is one past the next position to fetch.
    Reversed {
        seq: Option<PyRef>,
        index: usize,
    },
    DictView {
        dict: PyRef,
        part: DictPart,
    },
}

/// Sentinel for `used` once a size change was reported: the error sticks.
const CHANGED: usize = usize::MAX;

pub struct Iter {
    kind: RefCell<Kind>,
}

impl Iter {
    pub fn new(kind: Kind) -> Iter {
        Iter {
            kind: RefCell::new(kind),
        }
    }

    /// The dict and part of a dict view.
    pub fn view(&self) -> Option<(PyRef, DictPart)> {
        match &*self.kind.borrow() {
            Kind::DictView { dict, part } => Some((dict.clone(), *part)),
            _ => None,
        }
    }
}

fn each_ref(k: &Kind, visit: &mut dyn FnMut(&PyRef)) {
    let mut opt = |o: &Option<PyRef>| {
        if let Some(x) = o {
            visit(x);
        }
    };
    match k {
        Kind::Seq { seq, .. } | Kind::Reversed { seq, .. } => opt(seq),
        Kind::List { list, .. } | Kind::ListRev { list, .. } => opt(list),
        Kind::Tuple { tuple, .. } => opt(tuple),
        Kind::Str { s, .. } => opt(s),
        Kind::Bytes { obj, .. } => opt(obj),
        Kind::Dict { dict, .. } | Kind::DictRev { dict, .. } => opt(dict),
        Kind::Set { set, .. } => opt(set),
        Kind::Callable { func, sentinel } => {
            opt(func);
            opt(sentinel);
        }
        Kind::Range { .. } | Kind::LongRange { .. } => {}
        Kind::Enumerate { it, .. } => visit(it),
        Kind::Zip { its, .. } => its.iter().for_each(&mut *visit),
        Kind::Map { func, its } => {
            visit(func);
            its.iter().for_each(&mut *visit);
        }
        Kind::Filter { func, it } => {
            visit(func);
            visit(it);
        }
        Kind::DictView { dict, .. } => visit(dict),
    }
}

impl Payload for Iter {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        // Busy iterators are skipped: a missed edge only keeps objects alive.
        if let Ok(k) = self.kind.try_borrow() {
            each_ref(&k, visit);
        }
    }
    fn clear(&self) {
        let old = match self.kind.try_borrow_mut() {
            Ok(mut k) => match &mut *k {
                Kind::Seq { seq: o, .. } | Kind::Reversed { seq: o, .. } => o.take(),
                Kind::List { list: o, .. } | Kind::ListRev { list: o, .. } => o.take(),
                Kind::Callable { func, sentinel } => {
                    let s = sentinel.take();
                    drop(s);
                    func.take()
                }
                Kind::Zip { its, .. } => {
                    let v = std::mem::take(its);
                    drop(v);
                    None
                }
                _ => None,
            },
            Err(_) => return,
        };
        drop(old);
    }
}

fn make(vm: &Vm, type_name: &str, kind: Kind) -> PyRef {
    alloc(vm.g.iter_type(type_name), Iter::new(kind))
}

pub fn new_seq_iter(vm: &Vm, o: PyRef) -> PyRef {
    make(
        vm,
        "iterator",
        Kind::Seq {
            seq: Some(o),
            index: 0,
        },
    )
}

pub fn new_str_iter(vm: &Vm, s: PyRef) -> PyRef {
    let ascii = s.downcast::<Str>().expect("str").is_ascii();
    let name = if ascii {
        "str_ascii_iterator"
    } else {
        "str_iterator"
    };
    make(
        vm,
        name,
        Kind::Str {
            s: Some(s),
            byte_pos: 0,
            index: 0,
        },
    )
}

pub fn new_bytes_iter(vm: &Vm, o: PyRef) -> PyRef {
    let name = if o.downcast::<crate::objects::bytes::ByteArray>().is_some() {
        "bytearray_iterator"
    } else {
        "bytes_iterator"
    };
    make(
        vm,
        name,
        Kind::Bytes {
            obj: Some(o),
            index: 0,
        },
    )
}

pub fn new_list_iter(vm: &Vm, l: PyRef) -> PyRef {
    make(
        vm,
        "list_iterator",
        Kind::List {
            list: Some(l),
            index: 0,
        },
    )
}

pub fn new_list_rev_iter(vm: &Vm, l: PyRef) -> PyRef {
    let n = l.downcast::<List>().expect("list").len();
    make(
        vm,
        "list_reverseiterator",
        Kind::ListRev {
            list: Some(l),
            index: n,
        },
    )
}

pub fn new_tuple_iter(vm: &Vm, t: PyRef) -> PyRef {
    make(
        vm,
        "tuple_iterator",
        Kind::Tuple {
            tuple: Some(t),
            index: 0,
        },
    )
}

/// A range iterator yielding `len` values from `start` by `step`.
pub fn new_range_iter(vm: &Vm, start: i64, step: i64, len: u64) -> PyRef {
    make(
        vm,
        "range_iterator",
        Kind::Range {
            next: start,
            step,
            remaining: len,
        },
    )
}

pub fn new_longrange_iter(vm: &Vm, start: BigInt, step: BigInt, len: BigInt) -> PyRef {
    make(
        vm,
        "longrange_iterator",
        Kind::LongRange {
            next: start,
            step,
            remaining: len,
        },
    )
}

pub fn new_dict_iter(vm: &Vm, dict: PyRef, part: DictPart, reverse: bool) -> PyRef {
    let d = dict.downcast::<Dict>().expect("dict");
    let (used, cap) = (d.len(), d.capacity_hint());
    let kind = if reverse {
        Kind::DictRev {
            dict: Some(dict),
            part,
            pos: cap,
            used,
            remaining: used,
        }
    } else {
        Kind::Dict {
            dict: Some(dict),
            part,
            pos: 0,
            used,
            remaining: used,
        }
    };
    let name = match (reverse, part) {
        (false, DictPart::Keys) => "dict_keyiterator",
        (false, DictPart::Values) => "dict_valueiterator",
        (false, DictPart::Items) => "dict_itemiterator",
        (true, DictPart::Keys) => "dict_reversekeyiterator",
        (true, DictPart::Values) => "dict_reversevalueiterator",
        (true, DictPart::Items) => "dict_reverseitemiterator",
    };
    make(vm, name, kind)
}

pub fn new_dict_view(vm: &Vm, dict: PyRef, part: DictPart) -> PyRef {
    let name = match part {
        DictPart::Keys => "dict_keys",
        DictPart::Values => "dict_values",
        DictPart::Items => "dict_items",
    };
    make(vm, name, Kind::DictView { dict, part })
}

pub fn new_set_iter(vm: &Vm, set: PyRef) -> PyRef {
    let used = set.downcast::<Set>().expect("set").len();
    make(
        vm,
        "set_iterator",
        Kind::Set {
            set: Some(set),
            pos: 0,
            used,
            remaining: used,
        },
    )
}

/// `iter(func, sentinel)`.
pub fn new_callable_iter(vm: &Vm, func: PyRef, sentinel: PyRef) -> PyRef {
    make(
        vm,
        "callable_iterator",
        Kind::Callable {
            func: Some(func),
            sentinel: Some(sentinel),
        },
    )
}

// ---- next -----------------------------------------------------------------------------

/// The next item of one of our builtin iterators, without a method call;
/// `None` when `it` is something else (or a subclass that may override
/// `__next__`).
pub fn fast_next(vm: &Vm, it: &PyRef) -> Option<PyResult<Option<PyRef>>> {
    let iter = it.downcast::<Iter>()?;
    if !it.ty().builtin || matches!(*iter.kind.borrow(), Kind::DictView { .. }) {
        return None;
    }
    Some(next_of(vm, iter))
}

/// Takes an exhausted iterator's container reference; the caller drops it
/// after releasing its borrow.
fn exhaust(slot: &mut Option<PyRef>) -> Option<PyRef> {
    slot.take()
}

fn next_of(vm: &Vm, iter: &Iter) -> PyResult<Option<PyRef>> {
    let mut k = iter.kind.borrow_mut();
    match &mut *k {
        Kind::List { list, index } => {
            let Some(l) = list else { return Ok(None) };
            match l.downcast::<List>().expect("list").get(*index) {
                Some(x) => {
                    *index += 1;
                    Ok(Some(x))
                }
                None => {
                    let old = exhaust(list);
                    drop(k);
                    drop(old);
                    Ok(None)
                }
            }
        }
        Kind::ListRev { list, index } => {
            let Some(l) = list else { return Ok(None) };
            let lst = l.downcast::<List>().expect("list");
            if *index > 0 && *index <= lst.len() {
                *index -= 1;
                return Ok(lst.get(*index));
            }
            let old = exhaust(list);
            drop(k);
            drop(old);
            Ok(None)
        }
        Kind::Tuple { tuple, index } => {
            let Some(t) = tuple else { return Ok(None) };
            match t.downcast::<Tuple>().expect("tuple").items().get(*index) {
                Some(x) => {
                    *index += 1;
                    Ok(Some(x.clone()))
                }
                None => {
                    let old = exhaust(tuple);
                    drop(k);
                    drop(old);
                    Ok(None)
                }
            }
        }
        Kind::Range {
            next,
            step,
            remaining,
        } => {
            if *remaining == 0 {
                return Ok(None);
            }
            let v = *next;
            *remaining -= 1;
            // Only the value after the last one can overflow; it is unused.
            *next = next.wrapping_add(*step);
            drop(k);
            Ok(Some(vm.new_int(v)))
        }
        Kind::LongRange {
            next,
            step,
            remaining,
        } => {
            if !remaining.is_positive() {
                return Ok(None);
            }
            let v = next.clone();
            *remaining -= 1;
            *next += &*step;
            drop(k);
            Ok(Some(new_bigint(vm, v)))
        }
        Kind::Str { s, byte_pos, index } => {
            let Some(so) = s else { return Ok(None) };
            let text = so.downcast::<Str>().expect("str").as_str();
            match text[*byte_pos..].chars().next() {
                Some(c) => {
                    *byte_pos += c.len_utf8();
                    *index += 1;
                    drop(k);
                    let mut buf = [0u8; 4];
                    Ok(Some(vm.new_str(&*c.encode_utf8(&mut buf))))
                }
                None => {
                    let old = exhaust(s);
                    drop(k);
                    drop(old);
                    Ok(None)
                }
            }
        }
        Kind::Bytes { obj, index } => {
            let Some(o) = obj else { return Ok(None) };
            match crate::objects::bytes::byte_at(o, *index) {
                Some(b) => {
                    *index += 1;
                    drop(k);
                    Ok(Some(vm.new_int(b as i64)))
                }
                None => {
                    let old = exhaust(obj);
                    drop(k);
                    drop(old);
                    Ok(None)
                }
            }
        }
        Kind::Dict {
            dict,
            part,
            pos,
            used,
            remaining,
        } => {
            let Some(d) = dict else { return Ok(None) };
            let dd = d.downcast::<Dict>().expect("dict");
            if *used != dd.len() {
                *used = CHANGED;
                return Err(vm.runtime_error("dictionary changed size during iteration"));
            }
            let cap = dd.capacity_hint();
            let mut i = *pos;
            let entry = loop {
                if i >= cap {
                    break None;
                }
                if let Some(e) = dd.entry_at(i) {
                    break Some(e);
                }
                i += 1;
            };
            let Some(e) = entry else {
                let old = exhaust(dict);
                drop(k);
                drop(old);
                return Ok(None);
            };
            if *remaining == 0 {
                let old = exhaust(dict);
                drop(k);
                drop(old);
                return Err(vm.runtime_error("dictionary keys changed during iteration"));
            }
            *pos = i + 1;
            *remaining -= 1;
            let part = *part;
            drop(k);
            Ok(Some(dict_part(vm, part, e.key, e.value)))
        }
        Kind::DictRev {
            dict,
            part,
            pos,
            used,
            remaining,
        } => {
            let Some(d) = dict else { return Ok(None) };
            let dd = d.downcast::<Dict>().expect("dict");
            if *used != dd.len() {
                *used = CHANGED;
                return Err(vm.runtime_error("dictionary changed size during iteration"));
            }
            let mut i = (*pos).min(dd.capacity_hint());
            let entry = loop {
                if i == 0 {
                    break None;
                }
                i -= 1;
                if let Some(e) = dd.entry_at(i) {
                    break Some(e);
                }
            };
            let Some(e) = entry else {
                let old = exhaust(dict);
                drop(k);
                drop(old);
                return Ok(None);
            };
            *pos = i;
            *remaining = remaining.saturating_sub(1);
            let part = *part;
            drop(k);
            Ok(Some(dict_part(vm, part, e.key, e.value)))
        }
        Kind::Set {
            set,
            pos,
            used,
            remaining,
        } => {
            let Some(so) = set else { return Ok(None) };
            let s = so.downcast::<Set>().expect("set");
            if *used != s.len() {
                *used = CHANGED;
                return Err(vm.runtime_error("Set changed size during iteration"));
            }
            match s.next_from(*pos) {
                Some((i, key)) => {
                    *pos = i + 1;
                    *remaining = remaining.saturating_sub(1);
                    Ok(Some(key))
                }
                None => {
                    let old = exhaust(set);
                    drop(k);
                    drop(old);
                    Ok(None)
                }
            }
        }
        Kind::Seq { seq, index } => {
            let Some(s) = seq.clone() else {
                return Ok(None);
            };
            let i = *index;
            drop(k);
            if i == isize::MAX as usize {
                return Err(vm.overflow_error("iter index too large"));
            }
            match vm.getitem(&s, &vm.new_int(i as i64)) {
                Ok(v) => {
                    if let Kind::Seq { index, .. } = &mut *iter.kind.borrow_mut() {
                        *index = i + 1;
                    }
                    Ok(Some(v))
                }
                Err(e)
                    if vm.err_matches(&e, "IndexError") || vm.err_matches(&e, "StopIteration") =>
                {
                    finish(iter);
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        Kind::Reversed { seq, index } => {
            let Some(s) = seq.clone() else {
                return Ok(None);
            };
            let i = *index;
            drop(k);
            if i > 0 {
                match vm.getitem(&s, &vm.new_int(i as i64 - 1)) {
                    Ok(v) => {
                        if let Kind::Reversed { index, .. } = &mut *iter.kind.borrow_mut() {
                            *index = i - 1;
                        }
                        return Ok(Some(v));
                    }
                    Err(e)
                        if vm.err_matches(&e, "IndexError")
                            || vm.err_matches(&e, "StopIteration") => {}
                    Err(e) => return Err(e),
                }
            }
            finish(iter);
            Ok(None)
        }
        Kind::Callable { func, sentinel } => {
            let (Some(f), Some(s)) = (func.clone(), sentinel.clone()) else {
                return Ok(None);
            };
            drop(k);
            match vm.call0(&f) {
                Ok(v) => {
                    if vm.eq_bool(&s, &v)? {
                        finish(iter);
                        Ok(None)
                    } else {
                        Ok(Some(v))
                    }
                }
                Err(e) if vm.err_matches(&e, "StopIteration") => {
                    finish(iter);
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        Kind::Enumerate { it, .. } => {
            let it = it.clone();
            drop(k);
            let Some(item) = vm.next(&it)? else {
                return Ok(None);
            };
            let index = {
                let mut k = iter.kind.borrow_mut();
                let Kind::Enumerate { count, .. } = &mut *k else {
                    return Ok(None);
                };
                match count {
                    Count::Small(n) => {
                        let v = *n;
                        match n.checked_add(1) {
                            Some(m) => *n = m,
                            None => *count = Count::Big(BigInt::from(v) + 1),
                        }
                        Ok(v)
                    }
                    Count::Big(b) => {
                        let v = b.clone();
                        *b += 1;
                        Err(v)
                    }
                }
            };
            let index = match index {
                Ok(v) => vm.new_int(v),
                Err(b) => new_bigint(vm, b),
            };
            Ok(Some(vm.new_tuple(vec![index, item])))
        }
        Kind::Zip { its, strict } => {
            let (its, strict) = (its.clone(), *strict);
            drop(k);
            zip_next(vm, &its, strict)
        }
        Kind::Map { func, its } => {
            let (func, its) = (func.clone(), its.clone());
            drop(k);
            let mut args = Vec::with_capacity(its.len());
            for it in &its {
                match vm.next(it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            vm.call(&func, &args, &[]).map(Some)
        }
        Kind::Filter { func, it } => {
            let (func, it) = (func.clone(), it.clone());
            drop(k);
            let check_truth = vm.is_none(&func) || func.is(&vm.g.bool_);
            loop {
                let Some(item) = vm.next(&it)? else {
                    return Ok(None);
                };
                let ok = if check_truth {
                    vm.truthy(&item)?
                } else {
                    let r = vm.call1(&func, item.clone())?;
                    vm.truthy(&r)?
                };
                if ok {
                    return Ok(Some(item));
                }
            }
        }
        Kind::DictView { .. } => Ok(None),
    }
}

/// Releases the container of an iterator that has run out.
fn finish(iter: &Iter) {
    let old = {
        let mut k = iter.kind.borrow_mut();
        match &mut *k {
            Kind::Seq { seq, .. } | Kind::Reversed { seq, .. } => (seq.take(), None),
            Kind::Callable { func, sentinel } => (func.take(), sentinel.take()),
            _ => (None, None),
        }
    };
    drop(old);
}

fn dict_part(vm: &Vm, part: DictPart, key: PyRef, value: PyRef) -> PyRef {
    match part {
        DictPart::Keys => key,
        DictPart::Values => value,
        DictPart::Items => vm.new_tuple(vec![key, value]),
    }
}

fn zip_next(vm: &Vm, its: &[PyRef], strict: bool) -> PyResult<Option<PyRef>> {
    if its.is_empty() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(its.len());
    for (i, it) in its.iter().enumerate() {
        match vm.next(it)? {
            Some(v) => items.push(v),
            None if !strict => return Ok(None),
            None => {
                let plural = |i: usize| {
                    if i == 1 {
                        " ".to_string()
                    } else {
                        "s 1-".to_string()
                    }
                };
                if i > 0 {
                    return Err(vm.value_error(format!(
                        "zip() argument {} is shorter than argument{}{}",
                        i + 1,
                        plural(i),
                        i
                    )));
                }
                for (j, other) in its.iter().enumerate().skip(1) {
                    if vm.next(other)?.is_some() {
                        return Err(vm.value_error(format!(
                            "zip() argument {} is longer than argument{}{}",
                            j + 1,
                            plural(j),
                            j
                        )));
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(vm.new_tuple(items)))
}

// ---- methods -------------------------------------------------------------------------------

fn iter_of(o: &PyRef) -> &Iter {
    o.downcast::<Iter>().expect("iterator")
}

fn iter_self(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__iter__", 0)?;
    Ok(a.zelf().clone())
}

fn iter_next(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__next__", 0)?;
    match next_of(vm, iter_of(a.zelf()))? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(None)),
    }
}

/// `__length_hint__`: the number of items left, where cheaply known.
fn length_hint_method(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "__length_hint__", 1, 0, 0)?;
    let iter = iter_of(a.zelf());
    enum Hint {
        N(usize),
        Big(BigInt),
        LenMinus(PyRef, usize),
        ReversedOf(PyRef, usize),
    }
    let hint = match &*iter.kind.borrow() {
        Kind::List {
            list: Some(l),
            index,
        } => Hint::N(
            l.downcast::<List>()
                .expect("list")
                .len()
                .saturating_sub(*index),
        ),
        Kind::ListRev {
            list: Some(l),
            index,
        } => Hint::N(if *index <= l.downcast::<List>().expect("list").len() {
            *index
        } else {
            0
        }),
        Kind::Tuple {
            tuple: Some(t),
            index,
        } => Hint::N(
            t.downcast::<Tuple>()
                .expect("tuple")
                .len()
                .saturating_sub(*index),
        ),
        Kind::Range { remaining, .. } => Hint::Big(BigInt::from(*remaining)),
        Kind::LongRange { remaining, .. } => Hint::Big(remaining.clone()),
        Kind::Str {
            s: Some(s), index, ..
        } => Hint::N(
            s.downcast::<Str>()
                .expect("str")
                .char_len()
                .saturating_sub(*index),
        ),
        Kind::Bytes {
            obj: Some(o),
            index,
        } => Hint::N(crate::objects::bytes::byte_len(o).saturating_sub(*index)),
        Kind::Dict {
            dict: Some(d),
            used,
            remaining,
            ..
        }
        | Kind::DictRev {
            dict: Some(d),
            used,
            remaining,
            ..
        } => Hint::N(if *used == d.downcast::<Dict>().expect("dict").len() {
            *remaining
        } else {
            0
        }),
        Kind::Set {
            set: Some(s),
            used,
            remaining,
            ..
        } => Hint::N(if *used == s.downcast::<Set>().expect("set").len() {
            *remaining
        } else {
            0
        }),
        Kind::Seq {
            seq: Some(s),
            index,
        } => Hint::LenMinus(s.clone(), *index),
        Kind::Reversed {
            seq: Some(s),
            index,
        } => Hint::ReversedOf(s.clone(), *index),
        _ => Hint::N(0),
    };
    match hint {
        Hint::N(n) => Ok(vm.new_int(n as i64)),
        Hint::Big(b) => Ok(new_bigint(vm, b)),
        Hint::LenMinus(s, index) => {
            if lookup(s.type_obj_ref(), "__len__").is_none() {
                return Ok(vm.g.not_implemented.clone());
            }
            let n = vm.len(&s)?;
            Ok(vm.new_int(n.saturating_sub(index) as i64))
        }
        Hint::ReversedOf(s, index) => {
            let n = vm.len(&s)?;
            Ok(vm.new_int(if n < index { 0 } else { index as i64 }))
        }
    }
}

/// `operator.length_hint(o, default)` (`PyObject_LengthHint`): `len(o)`
/// if it has one, else its `__length_hint__()`, else `default`.
pub fn length_hint(vm: &Vm, o: &PyRef, default: usize) -> PyResult<usize> {
    if lookup(o.type_obj_ref(), "__len__").is_some() {
        match vm.len(o) {
            Ok(n) => return Ok(n),
            Err(e) if vm.err_matches(&e, "TypeError") => {}
            Err(e) => return Err(e),
        }
    }
    let Some(hint) = lookup(o.type_obj_ref(), "__length_hint__") else {
        return Ok(default);
    };
    let r = match vm.call_descr(&hint, o, &[]) {
        Ok(r) => r,
        Err(e) if vm.err_matches(&e, "TypeError") => return Ok(default),
        Err(e) => return Err(e),
    };
    if r.is(&vm.g.not_implemented) {
        return Ok(default);
    }
    if r.downcast::<Int>().is_none() {
        return Err(vm.type_error(format!(
            "__length_hint__ must be an integer, not {}",
            r.ty().name
        )));
    }
    let n = vm.index_isize(&r, None)?;
    if n < 0 {
        return Err(vm.value_error("__length_hint__() should return >= 0"));
    }
    Ok(n as usize)
}

// ---- the iterator classes -----------------------------------------------------------------------

fn enumerate_new(vm: &Vm, a: Args) -> PyResult {
    let cls = new_cls_arg(vm, &a, vm.g.iter_type("enumerate"))?;
    let pos = &a.positional()[1..];
    let given = pos.len() + a.kwnames.len();
    if given > 2 {
        return Err(vm.type_error(format!(
            "enumerate() takes at most 2 arguments ({given} given)"
        )));
    }
    let mut iterable = pos.first().cloned();
    let mut start = pos.get(1).cloned();
    for (k, v) in a.keywords() {
        let slot = match k {
            "iterable" => &mut iterable,
            "start" => &mut start,
            _ => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for enumerate()"
                )));
            }
        };
        if slot.is_some() {
            let n = if k == "iterable" { 1 } else { 2 };
            return Err(vm.type_error(format!(
                "argument for enumerate() given by name ('{k}') and position ({n})"
            )));
        }
        *slot = Some(v.clone());
    }
    let Some(iterable) = iterable else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    };
    let count = match start {
        None => Count::Small(0),
        Some(s) => {
            let b = vm.index(&s)?;
            let i = b.downcast::<Int>().expect("int");
            match i.to_i64() {
                Some(v) => Count::Small(v),
                None => Count::Big(i.to_bigint()),
            }
        }
    };
    let it = vm.iter(&iterable)?;
    Ok(alloc(&cls, Iter::new(Kind::Enumerate { it, count })))
}

fn zip_new(vm: &Vm, a: Args) -> PyResult {
    let cls = new_cls_arg(vm, &a, vm.g.iter_type("zip"))?;
    let mut strict = false;
    for (k, v) in a.keywords() {
        if k != "strict" {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for zip()")));
        }
        strict = vm.truthy(v)?;
    }
    let mut its = Vec::new();
    for x in &a.positional()[1..] {
        its.push(vm.iter(x)?);
    }
    Ok(alloc(&cls, Iter::new(Kind::Zip { its, strict })))
}

fn map_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, pos) = positional_new(vm, &a, "map")?;
    if pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::with_capacity(pos.len() - 1);
    for x in &pos[1..] {
        its.push(vm.iter(x)?);
    }
    Ok(alloc(
        &cls,
        Iter::new(Kind::Map {
            func: pos[0].clone(),
            its,
        }),
    ))
}

/// The class and positional arguments of `map`, `filter` or `reversed`'s
/// `__new__`, which take no keywords (subclasses may).
fn positional_new<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<(PyRef, &'a [PyRef])> {
    let builtin = vm.g.iter_type(name);
    let cls = new_cls_arg(vm, a, builtin)?;
    if a.has_keywords() && cls.is(builtin) {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok((cls, &a.positional()[1..]))
}

fn filter_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, pos) = positional_new(vm, &a, "filter")?;
    if pos.len() != 2 {
        return Err(vm.type_error(format!("filter expected 2 arguments, got {}", pos.len())));
    }
    let it = vm.iter(&pos[1])?;
    Ok(alloc(
        &cls,
        Iter::new(Kind::Filter {
            func: pos[0].clone(),
            it,
        }),
    ))
}

fn reversed_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, pos) = positional_new(vm, &a, "reversed")?;
    if pos.len() != 1 {
        return Err(vm.type_error(format!("reversed expected 1 argument, got {}", pos.len())));
    }
    let seq = &pos[0];
    let not_reversible = || vm.type_error(format!("'{}' object is not reversible", seq.ty().name));
    match lookup(seq.type_obj_ref(), "__reversed__") {
        Some(f) if vm.is_none(&f) => return Err(not_reversible()),
        Some(f) => return vm.call_descr(&f, seq, &[]),
        None => {}
    }
    let is_sequence = seq.downcast::<Dict>().is_none()
        && !seq.type_is(&vm.g.mappingproxy)
        && lookup(seq.type_obj_ref(), "__getitem__").is_some();
    if !is_sequence {
        return Err(not_reversible());
    }
    let n = vm.len(seq)?;
    Ok(alloc(
        &cls,
        Iter::new(Kind::Reversed {
            seq: Some(seq.clone()),
            index: n,
        }),
    ))
}

pub fn fill(g: &Globals) {
    for name in ITERATOR_TYPES {
        if name.starts_with("dict_") && !name.ends_with("iterator") {
            continue;
        }
        let t = g.iter_type(name);
        add_method(g, t, "__iter__", signature!("($self, /)"), iter_self);
        add_method(g, t, "__next__", signature!("($self, /)"), iter_next);
        if *name != "callable_iterator" {
            add_method(
                g,
                t,
                "__length_hint__",
                signature!(hidden "($self, /)"),
                length_hint_method,
            );
        }
    }
    let classes: [(&str, crate::objects::native::NativeFn); 5] = [
        ("enumerate", enumerate_new),
        ("zip", zip_new),
        ("map", map_new),
        ("filter", filter_new),
        ("reversed", reversed_new),
    ];
    for (name, new) in classes {
        let t = g.iter_type(name);
        add_static(g, t, "__new__", signature!("($type, *args, **kwargs)"), new);
        add_method(g, t, "__iter__", signature!("($self, /)"), iter_self);
        add_method(g, t, "__next__", signature!("($self, /)"), iter_next);
    }
    add_method(
        g,
        g.iter_type("reversed"),
        "__length_hint__",
        signature!(hidden "($self, /)"),
        length_hint_method,
    );
    crate::objects::list::add_class_getitem(g, g.iter_type("enumerate"));
}
