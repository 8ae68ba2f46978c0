//! `list`, plus what the sequence types share: the guard that makes
//! `repr` of self-containing containers print `[...]`, index/slice
//! classification, repetition size checks and the stable sort.

use std::cell::RefCell;

use terrarium_compiler::bytecode::CmpOp;

use crate::error::PyResult;
use crate::globals::Globals;
use crate::memory::{Reserve, push_or_raise};
use crate::object::{Payload, PyRef, alloc};
use crate::objects::dict::Dict;
use crate::objects::int::Int;
use crate::objects::iterators;
use crate::objects::native::Args;
use crate::objects::slice::{Slice, positions, slice_index_not_none};
use crate::objects::str::{Str, as_str};
use crate::objects::tuple::Tuple;
use crate::objects::typeobject::{is_subtype, lookup, td};
use crate::objects::{add_classmethod, add_method, add_static, set_type_attr};
use crate::typeobj::TypeData;
use crate::vm::Vm;

pub struct List {
    items: RefCell<Vec<PyRef>>,
}

impl Payload for List {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        // A list being mutated right now is skipped: a missed edge only
        // makes the collector keep objects alive, never free them early.
        // Last to first, as CPython visits (`gc.get_referents` shows it).
        if let Ok(v) = self.items.try_borrow() {
            for x in v.iter().rev() {
                visit(x);
            }
        }
    }
    fn clear(&self) {
        let old = match self.items.try_borrow_mut() {
            Ok(mut v) => std::mem::take(&mut *v),
            Err(_) => return,
        };
        drop_rev(old);
    }
}

/// Releases items last to first, the order in which CPython frees a
/// list's or tuple's items (visible through `__del__`).
pub fn drop_rev(mut items: Vec<PyRef>) {
    while let Some(x) = items.pop() {
        drop(x);
    }
}

impl Drop for List {
    fn drop(&mut self) {
        drop_rev(std::mem::take(self.items.get_mut()));
    }
}

// Every mutation below takes the old values out of the `RefCell` and drops
// them after the borrow ends: dropping can run `__del__`, which may touch
// the list again.
impl List {
    pub fn new(items: Vec<PyRef>) -> List {
        List {
            items: RefCell::new(items),
        }
    }

    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }

    pub fn to_vec(&self) -> Vec<PyRef> {
        self.items.borrow().clone()
    }

    /// Appends `v`. How far a list grows is the program's to choose, so
    /// the growth can be refused (`MemoryError`), as every change of size
    /// below.
    pub fn append(&self, vm: &Vm, v: PyRef) -> PyResult<()> {
        push_or_raise(vm, &mut self.items.borrow_mut(), v)
    }

    pub fn get(&self, i: usize) -> Option<PyRef> {
        self.items.borrow().get(i).cloned()
    }

    /// Replaces item `i` (which must exist).
    pub fn set(&self, i: usize, v: PyRef) {
        let old = std::mem::replace(&mut self.items.borrow_mut()[i], v);
        drop(old);
    }

    pub fn extend(&self, vm: &Vm, more: Vec<PyRef>) -> PyResult<()> {
        let mut items = self.items.borrow_mut();
        items.reserve_or_raise(vm, more.len())?;
        items.extend(more);
        Ok(())
    }

    pub fn insert(&self, vm: &Vm, i: usize, v: PyRef) -> PyResult<()> {
        let mut items = self.items.borrow_mut();
        if items.len() == items.capacity() {
            items.reserve_or_raise(vm, 1)?;
        }
        let i = i.min(items.len());
        items.insert(i, v);
        Ok(())
    }

    pub fn remove_at(&self, i: usize) -> Option<PyRef> {
        let mut items = self.items.borrow_mut();
        if i < items.len() {
            Some(items.remove(i))
        } else {
            None
        }
    }

    /// Replaces the contents, dropping the old ones (last to first) after
    /// the borrow ends.
    pub fn replace(&self, new: Vec<PyRef>) {
        let old = std::mem::replace(&mut *self.items.borrow_mut(), new);
        drop_rev(old);
    }

    pub fn clear(&self) {
        self.replace(Vec::new());
    }

    fn capacity(&self) -> usize {
        self.items.borrow().capacity()
    }
}

// ---- shared by the container types -----------------------------------------------

thread_local! {
    /// Ids of the containers whose repr is being computed on this thread
    /// (CPython's `Py_ReprEnter` list).
    static REPR_ACTIVE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Marks an object's repr as in progress until dropped.
pub struct ReprGuard {
    id: usize,
}

/// Starts the repr of a container; `None` if it is already in progress
/// (the container contains itself).
pub fn repr_enter(o: &PyRef) -> Option<ReprGuard> {
    let id = o.id();
    REPR_ACTIVE.with(|r| {
        let mut r = r.borrow_mut();
        if r.contains(&id) {
            None
        } else {
            r.push(id);
            Some(ReprGuard { id })
        }
    })
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        REPR_ACTIVE.with(|r| {
            let mut r = r.borrow_mut();
            if let Some(p) = r.iter().rposition(|x| *x == self.id) {
                r.remove(p);
            }
        });
    }
}

/// How a sequence was subscripted.
pub enum SeqIndex {
    Int(isize),
    Slice(PyRef),
}

/// Classifies a subscript of a sequence named `what` ("list", "tuple"...).
pub fn seq_index(vm: &Vm, key: &PyRef, what: &str) -> PyResult<SeqIndex> {
    if let Some(v) = key.downcast::<Int>().and_then(|i| i.to_i64()) {
        return Ok(SeqIndex::Int(v as isize));
    }
    if key.downcast::<Slice>().is_some() {
        return Ok(SeqIndex::Slice(key.clone()));
    }
    if crate::objects::slice::has_index(key) {
        return Ok(SeqIndex::Int(vm.index_isize(key, Some("IndexError"))?));
    }
    Err(vm.type_error(format!(
        "{what} indices must be integers or slices, not {}",
        key.ty().name
    )))
}

/// Resolves a possibly negative index against `len`.
pub fn resolve_index(i: isize, len: usize) -> Option<usize> {
    let j = if i < 0 {
        i.checked_add(len as isize)?
    } else {
        i
    };
    if j >= 0 && (j as usize) < len {
        Some(j as usize)
    } else {
        None
    }
}

/// The count of a sequence repetition, or `None` when the operand is not an
/// integer (the caller then returns NotImplemented or raises).
pub fn repeat_count(vm: &Vm, n: &PyRef) -> PyResult<Option<isize>> {
    if !crate::objects::slice::has_index(n) {
        return Ok(None);
    }
    vm.index_isize(n, Some("OverflowError")).map(Some)
}

/// `items * n` with CPython's size checks: MemoryError before allocating
/// anything too large.
pub fn repeat_items(vm: &Vm, items: &[PyRef], n: isize) -> PyResult<Vec<PyRef>> {
    if n <= 0 || items.is_empty() {
        return Ok(Vec::new());
    }
    let n = n as usize;
    let total = match items.len().checked_mul(n) {
        Some(t) if t <= isize::MAX as usize / std::mem::size_of::<PyRef>() => t,
        _ => return Err(vm.memory_error()),
    };
    let mut out = Vec::new();
    out.reserve_exact_or_raise(vm, total)?;
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

/// True if `found` (a type attribute) is implemented in Python rather
/// than by a builtin type.
fn defined_in_python(vm: &Vm, found: &PyRef) -> bool {
    !found.type_is(&vm.g.method_descriptor) && !found.type_is(&vm.g.builtin_function)
}

/// For `seq + other` / `seq * other` when `other` is not acceptable: give
/// a reflected method defined in Python its chance (NotImplemented), and
/// otherwise raise CPython's sequence error at once.
pub fn reflected_or_error(vm: &Vm, other: &PyRef, rname: &str, msg: String) -> PyResult {
    match lookup(other.type_obj_ref(), rname) {
        Some(f) if defined_in_python(vm, &f) => Ok(vm.g.not_implemented.clone()),
        _ => Err(vm.type_error(msg)),
    }
}

/// The arguments of a slot wrapper method (`__len__`, `__add__`, ...),
/// with CPython's messages for a wrong count.
pub fn wrapper_args<'a>(vm: &Vm, a: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [PyRef]> {
    if a.has_keywords() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let pos = &a.args[1..];
    if pos.len() != n {
        // `__setitem__`'s wrapper unpacks its arguments under an empty name.
        let lead = if name == "__setitem__" { " " } else { "" };
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("{lead}expected {n} argument{s}, got {}", pos.len())));
    }
    Ok(pos)
}

/// Checks the class argument of a builtin type's `__new__`.
pub fn new_cls_arg(vm: &Vm, a: &Args, base: &PyRef) -> PyResult<PyRef> {
    let bname = &td(base).name;
    let Some(cls) = a.args.first() else {
        return Err(vm.type_error(format!("{bname}.__new__(): not enough arguments")));
    };
    let Some(t) = cls.downcast::<TypeData>() else {
        return Err(vm.type_error(format!(
            "{bname}.__new__(X): X is not a type object ({})",
            cls.ty().name
        )));
    };
    if !is_subtype(cls, base) {
        return Err(vm.type_error(format!(
            "{bname}.__new__({}): {} is not a subtype of {bname}",
            t.name, t.name
        )));
    }
    Ok(cls.clone())
}

/// Lexicographic comparison of two sequences (`list_richcompare`).
/// `get` fetches item `i` of either side (`None` past the end), so lists
/// that change under a comparison are handled.
pub fn seq_compare(
    vm: &Vm,
    op: CmpOp,
    len_a: &dyn Fn() -> usize,
    len_b: &dyn Fn() -> usize,
    get_a: &dyn Fn(usize) -> Option<PyRef>,
    get_b: &dyn Fn(usize) -> Option<PyRef>,
) -> PyResult {
    if len_a() != len_b() && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(vm.bool(op == CmpOp::Ne));
    }
    let mut i = 0;
    loop {
        let (Some(x), Some(y)) = (get_a(i), get_b(i)) else {
            break;
        };
        if !x.is(&y) && !vm.eq_bool(&x, &y)? {
            break;
        }
        i += 1;
    }
    let (x, y) = match (get_a(i), get_b(i)) {
        (Some(x), Some(y)) => (x, y),
        _ => {
            let (la, lb) = (len_a(), len_b());
            let r = match op {
                CmpOp::Lt => la < lb,
                CmpOp::Le => la <= lb,
                CmpOp::Eq => la == lb,
                CmpOp::Ne => la != lb,
                CmpOp::Gt => la > lb,
                CmpOp::Ge => la >= lb,
            };
            return Ok(vm.bool(r));
        }
    };
    match op {
        CmpOp::Eq => Ok(vm.bool(false)),
        CmpOp::Ne => Ok(vm.bool(true)),
        _ => vm.rich_compare(&x, &y, op),
    }
}

// ---- sorting ----------------------------------------------------------------------------

const MIN_RUN: usize = 32;

/// `a < b` for sorting, with the common exact-type cases done directly.
fn sort_lt(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    if a.type_is(&vm.g.str_) && b.type_is(&vm.g.str_) {
        // UTF-8 byte order is code point order.
        return Ok(
            a.downcast::<Str>().expect("str").as_str() < b.downcast::<Str>().expect("str").as_str()
        );
    }
    vm.compare_bool(a, b, CmpOp::Lt)
}

/// A stable merge sort over natural runs that tolerates comparisons that
/// fail or are inconsistent: on error every element is still in `v`.
fn stable_sort<T: Clone>(
    v: &mut [T],
    lt: &mut dyn FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    let n = v.len();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < n {
        let mut j = i + 1;
        if j < n && lt(&v[j], &v[i])? {
            // Strictly descending: reversing keeps the sort stable.
            j += 1;
            while j < n && lt(&v[j], &v[j - 1])? {
                j += 1;
            }
            v[i..j].reverse();
        } else {
            while j < n && !lt(&v[j], &v[j - 1])? {
                j += 1;
            }
        }
        let end = if j - i < MIN_RUN {
            (i + MIN_RUN).min(n)
        } else {
            j
        };
        for k in j..end {
            binary_insert(v, i, k, lt)?;
        }
        runs.push((i, end));
        i = end;
    }
    while runs.len() > 1 {
        let mut merged = Vec::with_capacity(runs.len() / 2 + 1);
        let mut k = 0;
        while k < runs.len() {
            if k + 1 < runs.len() {
                let (lo, mid) = runs[k];
                let (_, hi) = runs[k + 1];
                merge(v, lo, mid, hi, lt)?;
                merged.push((lo, hi));
                k += 2;
            } else {
                merged.push(runs[k]);
                k += 1;
            }
        }
        runs = merged;
    }
    Ok(())
}

/// Inserts `v[k]` into the sorted `v[lo..k]`, after any equal elements.
fn binary_insert<T: Clone>(
    v: &mut [T],
    lo: usize,
    k: usize,
    lt: &mut dyn FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    let (mut a, mut b) = (lo, k);
    while a < b {
        let mid = a + (b - a) / 2;
        if lt(&v[k], &v[mid])? {
            b = mid;
        } else {
            a = mid + 1;
        }
    }
    v[a..=k].rotate_right(1);
    Ok(())
}

/// Merges the sorted `v[lo..mid]` and `v[mid..hi]`, stably.
fn merge<T: Clone>(
    v: &mut [T],
    lo: usize,
    mid: usize,
    hi: usize,
    lt: &mut dyn FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    let left: Vec<T> = v[lo..mid].to_vec();
    let (mut i, mut j, mut k) = (0, mid, lo);
    while i < left.len() && j < hi {
        let take_right = match lt(&v[j], &left[i]) {
            Ok(b) => b,
            Err(e) => {
                // Positions k..j are free and exactly fit what is left of `left`.
                v[k..k + left.len() - i].clone_from_slice(&left[i..]);
                return Err(e);
            }
        };
        if take_right {
            v[k] = v[j].clone();
            j += 1;
        } else {
            v[k] = left[i].clone();
            i += 1;
        }
        k += 1;
    }
    let rest = left.len() - i;
    v[k..k + rest].clone_from_slice(&left[i..]);
    Ok(())
}

/// The sorted order of `keys` when they are all exact ints that fit an
/// `i64`, or all exact strs: comparing those runs no Python code and is a
/// total order, so the standard library's stable sort applies.
fn plain_order(vm: &Vm, keys: &[PyRef]) -> Option<Vec<usize>> {
    if keys.iter().all(|k| k.type_is(&vm.g.int)) {
        let mut v: Vec<(i64, usize)> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| k.downcast::<Int>().and_then(|x| x.to_i64()).map(|x| (x, i)))
            .collect::<Option<_>>()?;
        v.sort_by_key(|p| p.0);
        return Some(v.into_iter().map(|p| p.1).collect());
    }
    if keys.iter().all(|k| k.type_is(&vm.g.str_)) {
        let mut idx: Vec<usize> = (0..keys.len()).collect();
        idx.sort_by(|&a, &b| as_str(&keys[a]).cmp(as_str(&keys[b])));
        return Some(idx);
    }
    None
}

/// Sorts `items` by `keys` (parallel to them), stably.
fn sort_by_keys(vm: &Vm, items: &mut [PyRef], keys: Vec<PyRef>) -> PyResult<()> {
    if let Some(order) = plain_order(vm, &keys) {
        let sorted: Vec<PyRef> = order.iter().map(|&i| items[i].clone()).collect();
        items.clone_from_slice(&sorted);
        return Ok(());
    }
    let mut pairs: Vec<(PyRef, PyRef)> = keys.into_iter().zip(items.iter().cloned()).collect();
    let r = stable_sort(&mut pairs, &mut |a, b| sort_lt(vm, &a.0, &b.0));
    for (slot, (_, v)) in items.iter_mut().zip(pairs) {
        *slot = v;
    }
    r
}

/// Sorts `items` by `key` (or by themselves), stably. Keys are computed
/// first, in order; `reverse` keeps equal elements in their original
/// order, as CPython does (reverse, sort, reverse).
pub fn sort_items(
    vm: &Vm,
    items: &mut [PyRef],
    key: Option<&PyRef>,
    reverse: bool,
) -> PyResult<()> {
    let mut keys = match key {
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for x in items.iter() {
                keys.push(vm.call1(f, x.clone())?);
            }
            keys
        }
        None => items.to_vec(),
    };
    if reverse {
        items.reverse();
        keys.reverse();
    }
    let r = sort_by_keys(vm, items, keys);
    if reverse {
        items.reverse();
    }
    r
}

// ---- the fast path used by the interpreter -------------------------------------------------

/// `o[key]` for an exact list or tuple indexed by an exact int, or an exact
/// dict; `None` when the generic protocol must be used.
#[inline]
pub fn fast_getitem(vm: &Vm, o: &PyRef, key: &PyRef) -> Option<PyResult> {
    let g = vm.g;
    if key.type_is(&g.int) {
        // SAFETY: an exact int's payload is an `Int`.
        let i = unsafe { key.payload_unchecked::<Int>() }.to_i64()? as isize;
        if o.type_is(&g.list) {
            // SAFETY: an exact list's payload is a `List`.
            let l = unsafe { o.payload_unchecked::<List>() };
            let items = l.items.borrow();
            return Some(match resolve_index(i, items.len()) {
                Some(j) => Ok(items[j].clone()),
                None => Err(vm.index_error("list index out of range")),
            });
        }
        if o.type_is(&g.tuple) {
            let t = o.downcast::<Tuple>().expect("tuple").items();
            return Some(match resolve_index(i, t.len()) {
                Some(j) => Ok(t[j].clone()),
                None => Err(vm.index_error("tuple index out of range")),
            });
        }
    }
    if o.type_is(&g.dict) {
        let d = o.downcast::<Dict>().expect("dict");
        return Some(match d.get_item(vm, key) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(vm.key_error(key.clone())),
            Err(e) => Err(e),
        });
    }
    None
}

/// `o[key] = value` for an exact list with an int index or an exact dict,
/// without looking up `__setitem__`; gives the value back otherwise.
pub fn fast_setitem(vm: &Vm, o: &PyRef, key: &PyRef, value: PyRef) -> Result<PyResult<()>, PyRef> {
    let g = vm.g;
    if o.type_is(&g.list) && key.type_is(&g.int) {
        let Some(i) = key.downcast::<Int>().expect("int").to_i64() else {
            return Err(value);
        };
        let l = o.downcast::<List>().expect("list");
        let old = {
            let mut items = l.items.borrow_mut();
            match resolve_index(i as isize, items.len()) {
                Some(j) => std::mem::replace(&mut items[j], value),
                None => return Ok(Err(vm.index_error("list assignment index out of range"))),
            }
        };
        // Dropped after the borrow ends: its destructor may use the list.
        drop(old);
        return Ok(Ok(()));
    }
    if o.type_is(&g.dict) {
        let d = o.downcast::<Dict>().expect("dict");
        return Ok(d.set_item(vm, key.clone(), value));
    }
    Err(value)
}

// ---- list methods ------------------------------------------------------------------------

fn list(o: &PyRef) -> &List {
    o.downcast::<List>().expect("list")
}

fn is_list(o: &PyRef) -> bool {
    o.downcast::<List>().is_some()
}

fn list_new(vm: &Vm, a: Args) -> PyResult {
    let cls = new_cls_arg(vm, &a, &vm.g.list)?;
    Ok(alloc(&cls, List::new(Vec::new())))
}

fn list_init(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    if a.has_keywords() {
        let cls = zelf.type_obj_ref();
        let own_new = lookup(cls, "__new__")
            .is_some_and(|n| lookup(&vm.g.list, "__new__").is_some_and(|m| m.is(&n)));
        if own_new {
            return Err(vm.type_error("list() takes no keyword arguments"));
        }
    }
    let pos = a.positional();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    let l = list(zelf);
    if !l.is_empty() {
        l.clear();
    }
    if let Some(it) = pos.get(1) {
        // A sized iterable gets exactly its length (rounded up to even), as
        // in CPython, which `__sizeof__` shows.
        if l.capacity() == 0 && lookup(it.type_obj_ref(), "__len__").is_some() {
            match vm.len(it) {
                Ok(n) if n > 0 => {
                    let want = n.saturating_add(1) & !1;
                    let mut items = l.items.borrow_mut();
                    items.reserve_exact_or_raise(vm, want)?;
                }
                Ok(_) => {}
                Err(e) if vm.err_matches(&e, "TypeError") => {}
                Err(e) => return Err(e),
            }
        }
        extend_from(vm, zelf, it)?;
    }
    Ok(vm.none())
}

/// Room for `n` more items, or MemoryError (CPython preallocates from
/// length hints, so impossible sizes fail at once).
fn reserve(vm: &Vm, v: &mut Vec<PyRef>, n: usize) -> PyResult<()> {
    v.reserve_or_raise(vm, n)
}

/// `list.extend`: items are appended as they are produced, after making
/// room for the iterable's length hint.
pub fn extend_from(vm: &Vm, zelf: &PyRef, iterable: &PyRef) -> PyResult<()> {
    let l = list(zelf);
    if iterable.type_is(&vm.g.list) || iterable.type_is(&vm.g.tuple) {
        let items = vm.to_vec(iterable)?;
        return l.extend(vm, items);
    }
    let it = vm.iter(iterable)?;
    let n = iterators::length_hint(vm, iterable, 8)?;
    reserve(vm, &mut l.items.borrow_mut(), n)?;
    while let Some(x) = vm.next(&it)? {
        l.append(vm, x)?;
    }
    // Give back most of an overestimated hint, as CPython's resize does.
    let mut items = l.items.borrow_mut();
    let len = items.len();
    if len < items.capacity() / 2 {
        items.shrink_to((len + (len >> 3) + 6) & !3);
    }
    Ok(())
}

/// The items of an iterable, as `tuple(iterable)` collects them.
pub fn collect(vm: &Vm, iterable: &PyRef) -> PyResult<Vec<PyRef>> {
    if iterable.type_is(&vm.g.list) || iterable.type_is(&vm.g.tuple) {
        return vm.to_vec(iterable);
    }
    let it = vm.iter(iterable)?;
    let mut v = Vec::new();
    reserve(vm, &mut v, iterators::length_hint(vm, iterable, 10)?)?;
    while let Some(x) = vm.next(&it)? {
        push_or_raise(vm, &mut v, x)?;
    }
    Ok(v)
}

fn list_repr(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let l = list(zelf);
    if l.is_empty() {
        return Ok(vm.new_str("[]"));
    }
    let Some(_guard) = repr_enter(zelf) else {
        return Ok(vm.new_str("[...]"));
    };
    let mut s = String::from("[");
    let mut i = 0;
    while let Some(x) = l.get(i) {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(as_str(&vm.repr(&x)?));
        i += 1;
    }
    s.push(']');
    Ok(vm.new_str(s))
}

fn list_compare(vm: &Vm, a: Args, op: CmpOp) -> PyResult {
    let pos = wrapper_args(vm, &a, op.dunder(), 1)?;
    let (x, y) = (a.zelf(), &pos[0]);
    if !is_list(y) {
        return Ok(vm.g.not_implemented.clone());
    }
    let (lx, ly) = (list(x), list(y));
    seq_compare(vm, op, &|| lx.len(), &|| ly.len(), &|i| lx.get(i), &|i| {
        ly.get(i)
    })
}

fn list_len(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "list.__len__", 1, 0, 0)?;
    Ok(vm.new_int(list(a.zelf()).len() as i64))
}

/// The items of an immutable sequence selected by a slice.
pub fn slice_of(vm: &Vm, items: &[PyRef], s: &Slice) -> PyResult<Vec<PyRef>> {
    let (start, stop, step, n) = s.indices(vm, items.len())?;
    if n == 0 {
        return Ok(Vec::new());
    }
    if step == 1 {
        return Ok(items[start as usize..stop as usize].to_vec());
    }
    Ok(positions(start, step, n)
        .map(|i| items[i].clone())
        .collect())
}

fn list_getitem(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "list.__getitem__", 1, 1, 1)?;
    let l = list(a.zelf());
    match seq_index(vm, &pos[0], "list")? {
        SeqIndex::Int(i) => {
            let items = l.items.borrow();
            match resolve_index(i, items.len()) {
                Some(j) => Ok(items[j].clone()),
                None => Err(vm.index_error("list index out of range")),
            }
        }
        SeqIndex::Slice(s) => {
            let s = s.downcast::<Slice>().expect("slice");
            let (start, stop, step) = s.unpack(vm)?;
            // Only the selected items are copied (no Python code runs while
            // the list is borrowed).
            let out: Vec<PyRef> = {
                let items = l.items.borrow();
                let (start, _, step, n) =
                    crate::objects::slice::adjust_indices(items.len(), start, stop, step);
                positions(start, step, n)
                    .map(|i| items[i].clone())
                    .collect()
            };
            Ok(vm.new_list(out))
        }
    }
}

/// Converts the right side of a slice assignment (`PySequence_Fast`).
fn assigned_items(vm: &Vm, value: &PyRef, msg: &str) -> PyResult<Vec<PyRef>> {
    match vm.to_vec(value) {
        Ok(v) => Ok(v),
        Err(e) if vm.err_matches(&e, "TypeError") && !is_iterable(vm, value) => {
            Err(vm.type_error(msg))
        }
        Err(e) => Err(e),
    }
}

fn is_iterable(vm: &Vm, o: &PyRef) -> bool {
    let t = o.type_obj_ref();
    lookup(t, "__iter__").is_some_and(|f| !vm.is_none(&f)) || lookup(t, "__getitem__").is_some()
}

/// `self[start:stop] = items` (or deletion with an empty `items`), with
/// bounds clamped to the current length.
fn assign_simple_slice(l: &List, start: isize, stop: isize, items: Vec<PyRef>) {
    let removed: Vec<PyRef> = {
        let mut v = l.items.borrow_mut();
        let len = v.len() as isize;
        let lo = start.clamp(0, len) as usize;
        let hi = stop.clamp(lo as isize, len) as usize;
        v.splice(lo..hi, items).collect()
    };
    drop_rev(removed);
}

fn list_setitem(vm: &Vm, a: Args) -> PyResult {
    let pos = wrapper_args(vm, &a, "__setitem__", 2)?;
    set_or_del(vm, a.zelf(), &pos[0], Some(pos[1].clone()))?;
    Ok(vm.none())
}

fn list_delitem(vm: &Vm, a: Args) -> PyResult {
    let pos = wrapper_args(vm, &a, "__delitem__", 1)?;
    set_or_del(vm, a.zelf(), &pos[0], None)?;
    Ok(vm.none())
}

fn set_or_del(vm: &Vm, zelf: &PyRef, key: &PyRef, value: Option<PyRef>) -> PyResult<()> {
    let l = list(zelf);
    match seq_index(vm, key, "list")? {
        SeqIndex::Int(i) => {
            let Some(j) = resolve_index(i, l.len()) else {
                return Err(vm.index_error("list assignment index out of range"));
            };
            match value {
                Some(v) => l.set(j, v),
                None => drop(l.remove_at(j)),
            }
            Ok(())
        }
        SeqIndex::Slice(s) => {
            let s = s.downcast::<Slice>().expect("slice");
            let (start, stop, step) = s.unpack(vm)?;
            let (start, stop, step, n) =
                crate::objects::slice::adjust_indices(l.len(), start, stop, step);
            if step == 1 {
                let items = match &value {
                    Some(v) => assigned_items(vm, v, "can only assign an iterable")?,
                    None => Vec::new(),
                };
                assign_simple_slice(l, start, stop, items);
                return Ok(());
            }
            match value {
                None => {
                    if n == 0 {
                        return Ok(());
                    }
                    let removed: Vec<PyRef> = {
                        let mut v = l.items.borrow_mut();
                        let mut doomed = vec![false; v.len()];
                        for p in positions(start, step, n) {
                            if p < doomed.len() {
                                doomed[p] = true;
                            }
                        }
                        let old = std::mem::take(&mut *v);
                        let mut removed = Vec::with_capacity(n);
                        for (k, x) in old.into_iter().enumerate() {
                            if doomed[k] {
                                removed.push(x)
                            } else {
                                v.push(x)
                            }
                        }
                        removed
                    };
                    drop(removed);
                    Ok(())
                }
                Some(v) => {
                    let items = assigned_items(vm, &v, "must assign iterable to extended slice")?;
                    if items.len() != n {
                        return Err(vm.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            items.len(),
                            n
                        )));
                    }
                    let len = l.len();
                    let mut old = Vec::with_capacity(n);
                    for (p, x) in positions(start, step, n).zip(items) {
                        // Converting the value may have shrunk the list.
                        if p < len {
                            old.push(std::mem::replace(&mut l.items.borrow_mut()[p], x));
                        }
                    }
                    drop(old);
                    Ok(())
                }
            }
        }
    }
}

fn list_contains(vm: &Vm, a: Args) -> PyResult {
    let pos = wrapper_args(vm, &a, "__contains__", 1)?;
    let l = list(a.zelf());
    let mut i = 0;
    while let Some(x) = l.get(i) {
        if vm.eq_bool(&x, &pos[0])? {
            return Ok(vm.bool(true));
        }
        i += 1;
    }
    Ok(vm.bool(false))
}

fn list_iter(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__iter__", 0)?;
    Ok(iterators::new_list_iter(vm, a.zelf().clone()))
}

fn list_reversed(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "list.__reversed__", 1, 0, 0)?;
    Ok(iterators::new_list_rev_iter(vm, a.zelf().clone()))
}

fn list_add(vm: &Vm, a: Args) -> PyResult {
    let pos = wrapper_args(vm, &a, "__add__", 1)?;
    let other = &pos[0];
    if !is_list(other) {
        return reflected_or_error(
            vm,
            other,
            "__radd__",
            format!(
                "can only concatenate list (not \"{}\") to list",
                other.ty().name
            ),
        );
    }
    let mut items = list(a.zelf()).to_vec();
    let more = list(other).items.borrow();
    items.reserve_or_raise(vm, more.len())?;
    items.extend(more.iter().cloned());
    drop(more);
    Ok(vm.new_list(items))
}

fn list_iadd(vm: &Vm, a: Args) -> PyResult {
    let pos = wrapper_args(vm, &a, "__iadd__", 1)?;
    extend_from(vm, a.zelf(), &pos[0])?;
    Ok(a.zelf().clone())
}

fn list_mul(vm: &Vm, a: Args) -> PyResult {
    let pos = wrapper_args(vm, &a, "__mul__", 1)?;
    let Some(n) = repeat_count(vm, &pos[0])? else {
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
    let items = repeat_items(vm, &list(a.zelf()).items.borrow(), n)?;
    Ok(vm.new_list(items))
}

fn list_rmul(vm: &Vm, a: Args) -> PyResult {
    let pos = wrapper_args(vm, &a, "__rmul__", 1)?;
    let Some(n) = repeat_count(vm, &pos[0])? else {
        return Ok(vm.g.not_implemented.clone());
    };
    let items = repeat_items(vm, &list(a.zelf()).items.borrow(), n)?;
    Ok(vm.new_list(items))
}

fn list_imul(vm: &Vm, a: Args) -> PyResult {
    let pos = wrapper_args(vm, &a, "__imul__", 1)?;
    let Some(n) = repeat_count(vm, &pos[0])? else {
        return Ok(vm.g.not_implemented.clone());
    };
    let l = list(a.zelf());
    let items = repeat_items(vm, &l.items.borrow(), n)?;
    l.replace(items);
    Ok(a.zelf().clone())
}

fn list_append(vm: &Vm, a: Args) -> PyResult {
    // The signature guarantees the one argument.
    list(a.zelf()).append(vm, a.args[1].clone())?;
    Ok(vm.none())
}

fn list_extend(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "list.extend", 1, 1, 1)?;
    extend_from(vm, a.zelf(), &pos[0])?;
    Ok(vm.none())
}

fn list_insert(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "insert", 1, 2, 2)?;
    let i = vm.index_isize(&pos[0], None)?;
    let l = list(a.zelf());
    let len = l.len() as isize;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.insert(vm, at as usize, pos[1].clone())?;
    Ok(vm.none())
}

fn list_pop(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "pop", 1, 0, 1)?;
    let i = match pos.first() {
        Some(o) => vm.index_isize(o, None)?,
        None => -1,
    };
    let l = list(a.zelf());
    let len = l.len();
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    match resolve_index(i, len) {
        Some(j) => Ok(l.remove_at(j).expect("in range")),
        None => Err(vm.index_error("pop index out of range")),
    }
}

fn list_remove(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "list.remove", 1, 1, 1)?;
    let l = list(a.zelf());
    let mut i = 0;
    while let Some(x) = l.get(i) {
        if vm.eq_bool(&x, &pos[0])? {
            drop(l.remove_at(i));
            return Ok(vm.none());
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

/// `index(value, start, stop)` over a sequence accessed through `get`.
pub fn seq_find(
    vm: &Vm,
    pos: &[PyRef],
    len: usize,
    get: &dyn Fn(usize) -> Option<PyRef>,
) -> PyResult<Option<usize>> {
    let start = match pos.get(1) {
        Some(o) => slice_index_not_none(vm, o)?,
        None => 0,
    };
    let stop = match pos.get(2) {
        Some(o) => slice_index_not_none(vm, o)?,
        None => isize::MAX,
    };
    let (start, stop) = crate::objects::slice::adjust_search_range(start, stop, len);
    let mut i = start;
    while i < stop {
        let Some(x) = get(i) else { break };
        if vm.eq_bool(&x, &pos[0])? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn list_index(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "index", 1, 1, 3)?;
    let l = list(a.zelf());
    match seq_find(vm, pos, l.len(), &|i| l.get(i))? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error(format!("{} is not in list", vm.repr_string(&pos[0])?))),
    }
}

fn list_count(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "list.count", 1, 1, 1)?;
    let l = list(a.zelf());
    let mut n = 0;
    let mut i = 0;
    while let Some(x) = l.get(i) {
        if vm.eq_bool(&x, &pos[0])? {
            n += 1;
        }
        i += 1;
    }
    Ok(vm.new_int(n))
}

fn list_clear(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "list.clear", 1, 0, 0)?;
    list(a.zelf()).clear();
    Ok(vm.none())
}

fn list_copy(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "list.copy", 1, 0, 0)?;
    Ok(vm.new_list(list(a.zelf()).to_vec()))
}

fn list_reverse(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "list.reverse", 1, 0, 0)?;
    list(a.zelf()).items.borrow_mut().reverse();
    Ok(vm.none())
}

fn list_sort(vm: &Vm, a: Args) -> PyResult {
    if a.positional().len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let mut key = None;
    let mut reverse = false;
    for (k, v) in a.keywords() {
        match k {
            "key" => key = Some(v.clone()).filter(|f| !vm.is_none(f)),
            "reverse" => {
                let i = vm.index(v)?;
                reverse = !i.downcast::<Int>().expect("int").is_zero();
            }
            _ => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for sort()"))
                );
            }
        }
    }
    sort_list(vm, a.zelf(), key.as_ref(), reverse)?;
    Ok(vm.none())
}

/// `list.sort()`: the items are detached while sorting, so code run by
/// comparisons sees an empty list; changes it makes are detected.
pub fn sort_list(vm: &Vm, zelf: &PyRef, key: Option<&PyRef>, reverse: bool) -> PyResult<()> {
    let l = list(zelf);
    let mut items = std::mem::take(&mut *l.items.borrow_mut());
    let result = sort_items(vm, &mut items, key, reverse);
    let meddled = std::mem::replace(&mut *l.items.borrow_mut(), items);
    let modified = meddled.capacity() != 0;
    drop_rev(meddled);
    result?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(())
}

fn list_sizeof(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "__sizeof__", 1, 0, 0)?;
    Ok(vm.new_int(40 + 8 * list(a.zelf()).capacity() as i64))
}

fn class_getitem(vm: &Vm, a: Args) -> PyResult {
    let owner = a
        .zelf()
        .downcast::<crate::typeobj::TypeData>()
        .map_or("type", |t| t.name.as_str());
    let pos = a.check_pos(vm, &format!("{owner}.__class_getitem__"), 1, 1, 1)?;
    crate::objects::generic_alias::new_generic_alias(vm, a.zelf(), &pos[0])
}

/// `__class_getitem__` for the generic builtin containers.
pub fn add_class_getitem(g: &Globals, ty: &PyRef) {
    add_classmethod(
        g,
        ty,
        "__class_getitem__",
        signature!(hidden "($type, object, /)"),
        class_getitem,
    );
}

pub fn fill(g: &Globals) {
    let t = &g.list;
    add_static(
        g,
        t,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        list_new,
    );
    add_method(
        g,
        t,
        "__init__",
        signature!("($self, /, *args, **kwargs)"),
        list_init,
    );
    add_method(g, t, "__repr__", signature!("($self, /)"), list_repr);
    add_method(g, t, "__eq__", signature!("($self, value, /)"), |vm, a| {
        list_compare(vm, a, CmpOp::Eq)
    });
    add_method(g, t, "__ne__", signature!("($self, value, /)"), |vm, a| {
        list_compare(vm, a, CmpOp::Ne)
    });
    add_method(g, t, "__lt__", signature!("($self, value, /)"), |vm, a| {
        list_compare(vm, a, CmpOp::Lt)
    });
    add_method(g, t, "__le__", signature!("($self, value, /)"), |vm, a| {
        list_compare(vm, a, CmpOp::Le)
    });
    add_method(g, t, "__gt__", signature!("($self, value, /)"), |vm, a| {
        list_compare(vm, a, CmpOp::Gt)
    });
    add_method(g, t, "__ge__", signature!("($self, value, /)"), |vm, a| {
        list_compare(vm, a, CmpOp::Ge)
    });
    add_method(g, t, "__len__", signature!("($self, /)"), list_len);
    add_method(
        g,
        t,
        "__getitem__",
        signature!(hidden "($self, y, /)"),
        list_getitem,
    );
    add_method(
        g,
        t,
        "__setitem__",
        signature!("($self, key, value, /)"),
        list_setitem,
    );
    add_method(
        g,
        t,
        "__delitem__",
        signature!("($self, key, /)"),
        list_delitem,
    );
    add_method(
        g,
        t,
        "__contains__",
        signature!("($self, key, /)"),
        list_contains,
    );
    add_method(g, t, "__iter__", signature!("($self, /)"), list_iter);
    add_method(
        g,
        t,
        "__reversed__",
        signature!("($self, /)"),
        list_reversed,
    );
    add_method(g, t, "__add__", signature!("($self, value, /)"), list_add);
    add_method(g, t, "__iadd__", signature!("($self, value, /)"), list_iadd);
    add_method(g, t, "__mul__", signature!("($self, value, /)"), list_mul);
    add_method(g, t, "__rmul__", signature!("($self, value, /)"), list_rmul);
    add_method(g, t, "__imul__", signature!("($self, value, /)"), list_imul);
    add_method(
        g,
        t,
        "append",
        signature!("($self, object, /)"),
        list_append,
    );
    add_method(
        g,
        t,
        "extend",
        signature!("($self, iterable, /)"),
        list_extend,
    );
    add_method(
        g,
        t,
        "insert",
        signature!("($self, index, object, /)"),
        list_insert,
    );
    add_method(g, t, "pop", signature!("($self, index=-1, /)"), list_pop);
    add_method(g, t, "remove", signature!("($self, value, /)"), list_remove);
    add_method(
        g,
        t,
        "index",
        signature!("($self, value, start=0, stop=sys.maxsize, /)"),
        list_index,
    );
    add_method(g, t, "count", signature!("($self, value, /)"), list_count);
    add_method(g, t, "clear", signature!("($self, /)"), list_clear);
    add_method(g, t, "copy", signature!("($self, /)"), list_copy);
    add_method(g, t, "reverse", signature!("($self, /)"), list_reverse);
    add_method(
        g,
        t,
        "sort",
        signature!("($self, /, *, key=None, reverse=False)"),
        list_sort,
    );
    add_method(g, t, "__sizeof__", signature!("($self, /)"), list_sizeof);
    add_class_getitem(g, t);
    set_type_attr(g, t, "__hash__", g.none.clone());
    crate::objects::add_doc(
        g,
        t,
        "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified.",
    );
}
