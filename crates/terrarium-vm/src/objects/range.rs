//! `range`: an arithmetic progression of integers of any size. Ranges whose
//! bounds and length fit an `i64` take machine-integer fast paths.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use terrarium_compiler::bytecode::CmpOp;

use crate::error::PyResult;
use crate::globals::Globals;
use crate::object::{Payload, PyRef, alloc};
use crate::objects::int::{Int, new_bigint};
use crate::objects::iterators::{new_longrange_iter, new_range_iter};
use crate::objects::list::wrapper_args;
use crate::objects::native::Args;
use crate::objects::slice::{Slice, big_indices, has_index};
use crate::objects::{add_getset, add_method, add_static};
use crate::vm::Vm;

pub struct Range {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
    /// (start, stop, step, len) when all four fit an `i64`.
    small: Option<(i64, i64, i64, i64)>,
}

impl Payload for Range {}

impl Range {
    /// A range; `step` must not be zero.
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> Range {
        let len = range_len(&start, &stop, &step);
        let small = match (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64()) {
            (Some(a), Some(b), Some(c), Some(d)) => Some((a, b, c, d)),
            _ => None,
        };
        Range {
            start,
            stop,
            step,
            len,
            small,
        }
    }

    /// The `i`-th value (no bounds check).
    fn item(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }

    fn contains_int(&self, v: &BigInt) -> bool {
        if let (Some((start, stop, step, _)), Some(x)) = (self.small, v.to_i64()) {
            let inside = if step > 0 {
                start <= x && x < stop
            } else {
                stop < x && x <= start
            };
            return inside && (x as i128 - start as i128) % step as i128 == 0;
        }
        let inside = if self.step.is_positive() {
            &self.start <= v && v < &self.stop
        } else {
            &self.stop < v && v <= &self.start
        };
        inside && ((v - &self.start) % &self.step).is_zero()
    }
}

/// The number of values of `range(start, stop, step)`.
fn range_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, step) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        BigInt::zero()
    } else {
        (hi - lo - 1u32) / step + 1u32
    }
}

fn range(o: &PyRef) -> &Range {
    o.downcast::<Range>().expect("range")
}

fn int_obj(vm: &Vm, v: &BigInt) -> PyRef {
    match v.to_i64() {
        Some(i) => vm.new_int(i),
        None => new_bigint(vm, v.clone()),
    }
}

/// True for exact ints and bools, the values membership tests answer
/// arithmetically.
fn is_plain_int(vm: &Vm, o: &PyRef) -> bool {
    o.type_is(&vm.g.int) || o.type_is(&vm.g.bool_)
}

fn range_new(vm: &Vm, a: Args) -> PyResult {
    if a.has_keywords() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let pos = &a.args[1..];
    let (start, stop, step) = match pos.len() {
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        1 => (BigInt::zero(), vm.index_bigint(&pos[0])?, BigInt::one()),
        2 | 3 => {
            let start = vm.index_bigint(&pos[0])?;
            let stop = vm.index_bigint(&pos[1])?;
            let step = match pos.get(2) {
                Some(s) => vm.index_bigint(s)?,
                None => BigInt::one(),
            };
            if step.is_zero() {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            (start, stop, step)
        }
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    Ok(alloc(&vm.g.range, Range::new(start, stop, step)))
}

fn range_repr(vm: &Vm, a: Args) -> PyResult {
    let r = range(a.zelf());
    let start = vm.repr_string(&int_obj(vm, &r.start))?;
    let stop = vm.repr_string(&int_obj(vm, &r.stop))?;
    Ok(vm.new_str(if r.step.is_one() {
        format!("range({start}, {stop})")
    } else {
        format!(
            "range({start}, {stop}, {})",
            vm.repr_string(&int_obj(vm, &r.step))?
        )
    }))
}

fn range_len_method(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__len__", 0)?;
    let r = range(a.zelf());
    match r.len.to_i64() {
        Some(n) => Ok(vm.new_int(n)),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn range_bool(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__bool__", 0)?;
    Ok(vm.bool(!range(a.zelf()).len.is_zero()))
}

fn range_getitem(vm: &Vm, a: Args) -> PyResult {
    let pos = wrapper_args(vm, &a, "__getitem__", 1)?;
    let r = range(a.zelf());
    let key = &pos[0];
    if let Some(s) = key.downcast::<Slice>() {
        let (start, stop, step) = big_indices(vm, s, &r.len)?;
        let sub = Range::new(r.item(&start), r.item(&stop), &r.step * step);
        return Ok(alloc(&vm.g.range, sub));
    }
    if !has_index(key) {
        return Err(vm.type_error(format!(
            "range indices must be integers or slices, not {}",
            key.ty().name
        )));
    }
    let idx = vm.index(key)?;
    let iv = idx.downcast::<Int>().expect("int");
    if let (Some((start, _, step, len)), Some(i)) = (r.small, iv.to_i64()) {
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            return Err(vm.index_error("range object index out of range"));
        }
        // In range, so the value lies between start and stop: no overflow.
        return Ok(vm.new_int((start as i128 + j as i128 * step as i128) as i64));
    }
    let mut i = iv.to_bigint();
    if i.is_negative() {
        i += &r.len;
    }
    if i.is_negative() || i >= r.len {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(int_obj(vm, &r.item(&i)))
}

/// Iterates a range's values as objects (for the generic search paths).
fn values<'a>(vm: &'a Vm, r: &Range) -> impl Iterator<Item = PyRef> + 'a {
    let start = r.start.clone();
    let step = r.step.clone();
    let len = r.len.clone();
    let mut i = BigInt::zero();
    std::iter::from_fn(move || {
        if i >= len {
            return None;
        }
        let v = &start + &i * &step;
        i += 1;
        Some(int_obj(vm, &v))
    })
}

fn range_contains(vm: &Vm, a: Args) -> PyResult {
    let pos = wrapper_args(vm, &a, "__contains__", 1)?;
    let r = range(a.zelf());
    let x = &pos[0];
    if is_plain_int(vm, x) {
        let v = x.downcast::<Int>().expect("int").to_bigint();
        return Ok(vm.bool(r.contains_int(&v)));
    }
    for item in values(vm, r) {
        if vm.eq_bool(&item, x)? {
            return Ok(vm.bool(true));
        }
    }
    Ok(vm.bool(false))
}

fn range_count(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "range.count", 1, 1, 1)?;
    let r = range(a.zelf());
    let x = &pos[0];
    if is_plain_int(vm, x) {
        let v = x.downcast::<Int>().expect("int").to_bigint();
        return Ok(vm.new_int(r.contains_int(&v) as i64));
    }
    let mut n = 0i64;
    for item in values(vm, r) {
        if vm.eq_bool(&item, x)? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn range_index(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "range.index", 1, 1, 1)?;
    let r = range(a.zelf());
    let x = &pos[0];
    if is_plain_int(vm, x) {
        let v = x.downcast::<Int>().expect("int").to_bigint();
        if !r.contains_int(&v) {
            return Err(vm.value_error(format!("{} is not in range", vm.repr_string(x)?)));
        }
        return Ok(int_obj(vm, &(v - &r.start).div_floor(&r.step)));
    }
    for (i, item) in values(vm, r).enumerate() {
        if vm.eq_bool(&item, x)? {
            return Ok(vm.new_int(i as i64));
        }
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

/// The iterator over `len` values from `start` by `step`: machine-sized
/// when `start`, `stop`, `step` and the length all fit (CPython's rule, so
/// the iterator's type name matches).
fn iter_over(vm: &Vm, start: &BigInt, stop: &BigInt, step: &BigInt, len: &BigInt) -> PyRef {
    if let (Some(a), Some(b), Some(c), Some(n)) =
        (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64())
    {
        let overflows = n > 0
            && if c > 0 {
                b > i64::MAX - (c - 1)
            } else {
                b < i64::MIN + (-1 - c)
            };
        if !overflows {
            return new_range_iter(vm, a, c, n as u64);
        }
    }
    new_longrange_iter(vm, start.clone(), step.clone(), len.clone())
}

fn range_iter(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__iter__", 0)?;
    Ok(iter_of(vm, a.zelf()))
}

/// `iter(r)` for a range.
pub fn iter_of(vm: &Vm, o: &PyRef) -> PyRef {
    let r = range(o);
    iter_over(vm, &r.start, &r.stop, &r.step, &r.len)
}

fn range_reversed(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "__reversed__", 1, 0, 0)?;
    let r = range(a.zelf());
    // reversed(range(start, stop, step)) is
    // range(start + (n-1)*step, start - step, -step).
    let new_stop = &r.start - &r.step;
    let new_start = &new_stop + &r.len * &r.step;
    let neg = -&r.step;
    let fits = (
        r.start.to_i64(),
        r.stop.to_i64(),
        new_stop.to_i64(),
        neg.to_i64(),
        r.len.to_i64(),
        new_start.to_i64(),
    );
    if let (Some(_), Some(_), Some(_), Some(step), Some(n), Some(start)) = fits {
        return Ok(new_range_iter(vm, start, step, n as u64));
    }
    Ok(new_longrange_iter(vm, new_start, neg, r.len.clone()))
}

fn range_equal(a: &Range, b: &Range) -> bool {
    if a.len != b.len {
        return false;
    }
    if a.len.is_zero() {
        return true;
    }
    if a.start != b.start {
        return false;
    }
    a.len.is_one() || a.step == b.step
}

fn range_compare(vm: &Vm, a: Args, op: CmpOp) -> PyResult {
    let pos = wrapper_args(vm, &a, op.dunder(), 1)?;
    let Some(other) = pos[0].downcast::<Range>() else {
        return Ok(vm.g.not_implemented.clone());
    };
    let eq = a.zelf().is(&pos[0]) || range_equal(range(a.zelf()), other);
    Ok(vm.bool(eq == (op == CmpOp::Eq)))
}

fn range_hash(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__hash__", 0)?;
    let r = range(a.zelf());
    let items = if r.len.is_zero() {
        vec![int_obj(vm, &r.len), vm.none(), vm.none()]
    } else if r.len.is_one() {
        vec![int_obj(vm, &r.len), int_obj(vm, &r.start), vm.none()]
    } else {
        vec![
            int_obj(vm, &r.len),
            int_obj(vm, &r.start),
            int_obj(vm, &r.step),
        ]
    };
    Ok(vm.new_int(crate::objects::tuple::hash_items(vm, &items)?))
}

fn range_reduce(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "__reduce__", 1, 0, 0)?;
    let r = range(a.zelf());
    let args = vm.new_tuple(vec![
        int_obj(vm, &r.start),
        int_obj(vm, &r.stop),
        int_obj(vm, &r.step),
    ]);
    Ok(vm.new_tuple(vec![vm.g.range.clone(), args]))
}

pub fn fill(g: &Globals) {
    let t = &g.range;
    add_static(
        g,
        t,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        range_new,
    );
    add_method(g, t, "__repr__", signature!("($self, /)"), range_repr);
    add_method(g, t, "__len__", signature!("($self, /)"), range_len_method);
    add_method(g, t, "__bool__", signature!("($self, /)"), range_bool);
    add_method(
        g,
        t,
        "__getitem__",
        signature!("($self, key, /)"),
        range_getitem,
    );
    add_method(
        g,
        t,
        "__contains__",
        signature!("($self, key, /)"),
        range_contains,
    );
    add_method(g, t, "__iter__", signature!("($self, /)"), range_iter);
    add_method(
        g,
        t,
        "__reversed__",
        signature!(hidden "($self, /)"),
        range_reversed,
    );
    add_method(g, t, "__eq__", signature!("($self, value, /)"), |vm, a| {
        range_compare(vm, a, CmpOp::Eq)
    });
    add_method(g, t, "__ne__", signature!("($self, value, /)"), |vm, a| {
        range_compare(vm, a, CmpOp::Ne)
    });
    add_method(g, t, "__hash__", signature!("($self, /)"), range_hash);
    add_method(
        g,
        t,
        "__reduce__",
        signature!(hidden "($self, *args)"),
        range_reduce,
    );
    add_method(
        g,
        t,
        "count",
        signature!(hidden "($self, value, /)"),
        range_count,
    );
    add_method(
        g,
        t,
        "index",
        signature!(hidden "($self, value, /)"),
        range_index,
    );
    add_getset(
        g,
        t,
        "start",
        |vm, o| Ok(int_obj(vm, &range(o).start)),
        None,
    );
    add_getset(g, t, "stop", |vm, o| Ok(int_obj(vm, &range(o).stop)), None);
    add_getset(g, t, "step", |vm, o| Ok(int_obj(vm, &range(o).step)), None);
    crate::objects::add_doc(
        g,
        t,
        "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or decrement).",
    );
}
