//! The interpreter's inline fast paths for the commonest arithmetic and
//! comparisons: exact ints that fit in an `i64`, exact floats, and mixes of
//! the two (and the concatenation of exact strs). Anything else, and any case that could raise (division by zero,
//! overflow into big ints), returns `None` and takes the general route
//! through `Vm::binary_op` / `Vm::rich_compare`, which give the same results.

use terrarium_compiler::bytecode::{BinOp, CmpOp};

use crate::object::PyRef;
use crate::objects::float::Float;
use crate::objects::int::Int;
use crate::objects::str::as_str;
use crate::vm::Vm;

/// Floats and ints of magnitude below 2**53 convert to each other exactly.
const EXACT_F64_INT: i64 = 1 << 53;

#[inline(always)]
fn small_int(vm: &Vm, o: &PyRef) -> Option<i64> {
    if o.type_is(&vm.g.int) {
        // SAFETY: an exact int's payload is an `Int`.
        unsafe { o.payload_unchecked::<Int>() }.to_i64()
    } else {
        None
    }
}

#[inline(always)]
fn float(vm: &Vm, o: &PyRef) -> Option<f64> {
    if o.type_is(&vm.g.float) {
        // SAFETY: an exact float's payload is a `Float`.
        Some(unsafe { o.payload_unchecked::<Float>() }.0)
    } else {
        None
    }
}

/// `o` as a float operand: an exact float, or an int it converts to exactly.
#[inline(always)]
fn float_operand(vm: &Vm, o: &PyRef) -> Option<f64> {
    match float(vm, o) {
        Some(f) => Some(f),
        None => small_int(vm, o)
            .filter(|i| i.abs() < EXACT_F64_INT)
            .map(|i| i as f64),
    }
}

#[inline(always)]
fn int_op(x: i64, y: i64, op: BinOp) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Subtract => x.checked_sub(y),
        BinOp::Multiply => x.checked_mul(y),
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        BinOp::FloorDivide | BinOp::Remainder => {
            if y == 0 {
                return None;
            }
            let (mut q, mut r) = (x.checked_div(y)?, x.checked_rem(y)?);
            // Python rounds the quotient down: the remainder takes the sign
            // of the divisor.
            if r != 0 && ((r < 0) != (y < 0)) {
                q -= 1;
                r += y;
            }
            Some(if op == BinOp::FloorDivide { q } else { r })
        }
        BinOp::Rshift => match y {
            0..=63 => Some(x >> y),
            64.. => Some(if x < 0 { -1 } else { 0 }),
            _ => None,
        },
        BinOp::Lshift => match y {
            0..=63 => {
                let r = x << y;
                (r >> y == x).then_some(r)
            }
            _ => None,
        },
        _ => None,
    }
}

/// `a + b` for two exact strs.
#[inline]
fn concat(vm: &Vm, a: &PyRef, b: &PyRef) -> Option<PyRef> {
    let (x, y) = (as_str(a), as_str(b));
    if y.is_empty() {
        return Some(a.clone());
    }
    if x.is_empty() {
        return Some(b.clone());
    }
    let mut s = String::new();
    // Too big to allocate: the general route raises MemoryError.
    s.try_reserve_exact(x.len() + y.len()).ok()?;
    s.push_str(x);
    s.push_str(y);
    Some(vm.new_str(s))
}

/// `a op b`, if both are exact ints or floats and the result is simple,
/// or both exact strs being concatenated.
#[inline(always)]
pub fn binary(vm: &Vm, a: &PyRef, b: &PyRef, op: BinOp) -> Option<PyRef> {
    if op == BinOp::Add && a.type_is(&vm.g.str_) && b.type_is(&vm.g.str_) {
        return concat(vm, a, b);
    }
    if let (Some(x), Some(y)) = (small_int(vm, a), small_int(vm, b)) {
        if op == BinOp::TrueDivide {
            // Both convert exactly, and IEEE division rounds correctly, as
            // CPython's int division does for such operands.
            let exact = x.abs() < EXACT_F64_INT && y.abs() < EXACT_F64_INT;
            return (exact && y != 0).then(|| vm.new_float(x as f64 / y as f64));
        }
        return int_op(x, y, op).map(|r| vm.new_int(r));
    }
    if !(a.type_is(&vm.g.float) || b.type_is(&vm.g.float)) {
        return None;
    }
    let (x, y) = (float_operand(vm, a)?, float_operand(vm, b)?);
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Subtract => x - y,
        BinOp::Multiply => x * y,
        BinOp::TrueDivide if y != 0.0 => x / y,
        _ => return None,
    };
    Some(vm.new_float(r))
}

/// `x op y` with the operators' IEEE meaning for floats (any comparison
/// with a NaN is false, except `!=`).
#[inline(always)]
pub(crate) fn holds<T: PartialOrd>(op: CmpOp, x: T, y: T) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}

/// `a op b` for comparisons, under the same conditions as `binary`.
#[inline(always)]
pub fn compare(vm: &Vm, a: &PyRef, b: &PyRef, op: CmpOp) -> Option<bool> {
    if let (Some(x), Some(y)) = (small_int(vm, a), small_int(vm, b)) {
        return Some(holds(op, x, y));
    }
    if !(a.type_is(&vm.g.float) || b.type_is(&vm.g.float)) {
        return None;
    }
    let (x, y) = (float_operand(vm, a)?, float_operand(vm, b)?);
    Some(holds(op, x, y))
}
