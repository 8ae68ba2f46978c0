//! `slice`: the object behind `a[i:j:k]`, and the index arithmetic every
//! sequence uses to apply one (CPython's `PySlice_Unpack` and
//! `PySlice_AdjustIndices`).

use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};
use terrarium_compiler::bytecode::CmpOp;

use crate::error::PyResult;
use crate::globals::Globals;
use crate::object::{Payload, PyRef, alloc};
use crate::objects::int::Int;
use crate::objects::list::wrapper_args;
use crate::objects::native::Args;
use crate::objects::typeobject::lookup;
use crate::objects::{add_getset, add_method, add_static, set_type_attr};
use crate::vm::Vm;

pub struct Slice {
    pub start: PyRef,
    pub stop: PyRef,
    pub step: PyRef,
}

impl Payload for Slice {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.start);
        visit(&self.stop);
        visit(&self.step);
    }
}

pub fn new_slice(vm: &Vm, start: PyRef, stop: PyRef, step: PyRef) -> PyRef {
    alloc(&vm.g.slice, Slice { start, stop, step })
}

const BAD_INDEX: &str = "slice indices must be integers or None or have an __index__ method";

/// An index-sized value of an object with `__index__`, clamped to the
/// `isize` range as `PyNumber_AsSsize_t(o, NULL)` does.
pub fn clamped_index(vm: &Vm, o: &PyRef) -> PyResult<isize> {
    let i = vm.index(o)?;
    let iv = i.downcast::<Int>().expect("int");
    Ok(match iv.to_i64() {
        Some(v) => v as isize,
        None if iv.to_bigint().is_negative() => isize::MIN,
        None => isize::MAX,
    })
}

/// Whether `o` can be used as an index (`_PyIndex_Check`).
pub fn has_index(o: &PyRef) -> bool {
    o.downcast::<Int>().is_some() || lookup(o.type_obj_ref(), "__index__").is_some()
}

/// A slice bound: `None` when the bound is `None`, clamped otherwise;
/// `msg` is the TypeError for objects without `__index__`.
fn bound(vm: &Vm, o: &PyRef, msg: &str) -> PyResult<Option<isize>> {
    if vm.is_none(o) {
        return Ok(None);
    }
    if !has_index(o) {
        return Err(vm.type_error(msg));
    }
    clamped_index(vm, o).map(Some)
}

/// A `start`/`stop` argument of `index()`-like methods
/// (`_PyEval_SliceIndexNotNone`).
pub fn slice_index_not_none(vm: &Vm, o: &PyRef) -> PyResult<isize> {
    if !has_index(o) {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    }
    clamped_index(vm, o)
}

/// Clamps `[start, stop)` for a sequence of length `len` as the
/// `index(x, start, stop)` methods do.
pub fn adjust_search_range(start: isize, stop: isize, len: usize) -> (usize, usize) {
    let len = len as isize;
    let fix = |i: isize| if i < 0 { (i + len).max(0) } else { i };
    (fix(start) as usize, fix(stop).max(0) as usize)
}

impl Slice {
    /// `PySlice_Unpack`: the raw (start, stop, step), with `None` replaced
    /// by the extremes and the step kept away from `isize::MIN`.
    pub fn unpack(&self, vm: &Vm) -> PyResult<(isize, isize, isize)> {
        let step = match bound(vm, &self.step, BAD_INDEX)? {
            None => 1,
            Some(0) => return Err(vm.value_error("slice step cannot be zero")),
            Some(s) => s.max(-isize::MAX),
        };
        let start =
            bound(vm, &self.start, BAD_INDEX)?.unwrap_or(if step < 0 { isize::MAX } else { 0 });
        let stop = bound(vm, &self.stop, BAD_INDEX)?.unwrap_or(if step < 0 {
            isize::MIN
        } else {
            isize::MAX
        });
        Ok((start, stop, step))
    }

    /// (start, stop, step, slicelength) for a sequence of length `len`.
    pub fn indices(&self, vm: &Vm, len: usize) -> PyResult<(isize, isize, isize, usize)> {
        let (start, stop, step) = self.unpack(vm)?;
        Ok(adjust_indices(len, start, stop, step))
    }
}

/// `PySlice_AdjustIndices`.
pub fn adjust_indices(
    len: usize,
    start: isize,
    stop: isize,
    step: isize,
) -> (isize, isize, isize, usize) {
    let length = len as isize;
    let clamp = |i: isize| -> isize {
        if i < 0 {
            let j = i + length;
            if j < 0 {
                if step < 0 { -1 } else { 0 }
            } else {
                j
            }
        } else if i >= length {
            if step < 0 { length - 1 } else { length }
        } else {
            i
        }
    };
    let start = clamp(start);
    let stop = clamp(stop);
    let n = if step < 0 {
        if stop < start {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    };
    (start, stop, step, n)
}

/// The positions a slice selects, for sequences indexing element by element.
pub fn positions(start: isize, step: isize, n: usize) -> impl Iterator<Item = usize> {
    (0..n).map(move |k| (start + k as isize * step) as usize)
}

/// Arbitrary-precision version of `indices()` (for `range` and
/// `slice.indices`): (start, stop, step) clamped to a length.
pub fn big_indices(vm: &Vm, s: &Slice, length: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let get = |o: &PyRef| -> PyResult<Option<BigInt>> {
        if vm.is_none(o) {
            return Ok(None);
        }
        if !has_index(o) {
            return Err(vm.type_error(BAD_INDEX));
        }
        vm.index_bigint(o).map(Some)
    };
    let step = match get(&s.step)? {
        None => BigInt::one(),
        Some(z) if z.is_zero() => return Err(vm.value_error("slice step cannot be zero")),
        Some(z) => z,
    };
    let neg = step.is_negative();
    let lower = if neg { -BigInt::one() } else { BigInt::zero() };
    let upper = if neg { length - 1 } else { length.clone() };
    let fix = |v: BigInt| -> BigInt {
        if v.is_negative() {
            let w = v + length;
            if w < lower { lower.clone() } else { w }
        } else if v > upper {
            upper.clone()
        } else {
            v
        }
    };
    let start = match get(&s.start)? {
        None => {
            if neg {
                upper.clone()
            } else {
                lower.clone()
            }
        }
        Some(v) => fix(v),
    };
    let stop = match get(&s.stop)? {
        None => {
            if neg {
                lower.clone()
            } else {
                upper.clone()
            }
        }
        Some(v) => fix(v),
    };
    Ok((start, stop, step))
}

fn zelf<'a>(a: &Args<'a>) -> &'a Slice {
    a.zelf().downcast::<Slice>().expect("slice")
}

fn slice_new(vm: &Vm, a: Args) -> PyResult {
    if a.has_keywords() {
        return Err(vm.type_error("slice() takes no keyword arguments"));
    }
    let pos = &a.args[1..];
    let none = vm.none();
    let (start, stop, step) = match pos.len() {
        0 => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
        1 => (none.clone(), pos[0].clone(), none),
        2 => (pos[0].clone(), pos[1].clone(), none),
        3 => (pos[0].clone(), pos[1].clone(), pos[2].clone()),
        n => return Err(vm.type_error(format!("slice expected at most 3 arguments, got {n}"))),
    };
    Ok(new_slice(vm, start, stop, step))
}

fn slice_repr(vm: &Vm, a: Args) -> PyResult {
    let s = zelf(&a);
    Ok(vm.new_str(format!(
        "slice({}, {}, {})",
        vm.repr_string(&s.start)?,
        vm.repr_string(&s.stop)?,
        vm.repr_string(&s.step)?
    )))
}

fn as_tuple(vm: &Vm, s: &Slice) -> PyRef {
    vm.new_tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()])
}

fn slice_compare(vm: &Vm, a: Args, op: CmpOp) -> PyResult {
    let pos = wrapper_args(vm, &a, op.dunder(), 1)?;
    let other = &pos[0];
    let Some(o) = other.downcast::<Slice>() else {
        return Ok(vm.g.not_implemented.clone());
    };
    if a.zelf().is(other) && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(vm.bool(op == CmpOp::Eq));
    }
    let t1 = as_tuple(vm, zelf(&a));
    let t2 = as_tuple(vm, o);
    vm.rich_compare(&t1, &t2, op)
}

fn slice_indices(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "slice.indices", 1, 1, 1)?;
    let length = vm.index_bigint(&pos[0])?;
    if length.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = big_indices(vm, zelf(&a), &length)?;
    let items = vec![
        crate::objects::int::new_bigint(vm, start),
        crate::objects::int::new_bigint(vm, stop),
        crate::objects::int::new_bigint(vm, step),
    ];
    Ok(vm.new_tuple(items))
}

fn slice_reduce(vm: &Vm, a: Args) -> PyResult {
    let t = as_tuple(vm, zelf(&a));
    Ok(vm.new_tuple(vec![vm.g.slice.clone(), t]))
}

pub fn fill(g: &Globals) {
    let t = &g.slice;
    add_static(
        g,
        t,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        slice_new,
    );
    add_method(g, t, "__repr__", signature!("($self, /)"), slice_repr);
    add_method(g, t, "__eq__", signature!("($self, value, /)"), |vm, a| {
        slice_compare(vm, a, CmpOp::Eq)
    });
    add_method(g, t, "__ne__", signature!("($self, value, /)"), |vm, a| {
        slice_compare(vm, a, CmpOp::Ne)
    });
    add_method(g, t, "__lt__", signature!("($self, value, /)"), |vm, a| {
        slice_compare(vm, a, CmpOp::Lt)
    });
    add_method(g, t, "__le__", signature!("($self, value, /)"), |vm, a| {
        slice_compare(vm, a, CmpOp::Le)
    });
    add_method(g, t, "__gt__", signature!("($self, value, /)"), |vm, a| {
        slice_compare(vm, a, CmpOp::Gt)
    });
    add_method(g, t, "__ge__", signature!("($self, value, /)"), |vm, a| {
        slice_compare(vm, a, CmpOp::Ge)
    });
    add_method(
        g,
        t,
        "indices",
        signature!(hidden "($self, len, /)"),
        slice_indices,
    );
    add_method(
        g,
        t,
        "__reduce__",
        signature!(hidden "($self, /)"),
        slice_reduce,
    );
    add_getset(
        g,
        t,
        "start",
        |_vm, o| Ok(o.downcast::<Slice>().expect("slice").start.clone()),
        None,
    );
    add_getset(
        g,
        t,
        "stop",
        |_vm, o| Ok(o.downcast::<Slice>().expect("slice").stop.clone()),
        None,
    );
    add_getset(
        g,
        t,
        "step",
        |_vm, o| Ok(o.downcast::<Slice>().expect("slice").step.clone()),
        None,
    );
    set_type_attr(g, t, "__hash__", g.none.clone());
}
