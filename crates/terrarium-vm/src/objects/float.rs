//! `float`: IEEE doubles with CPython's arithmetic rules (signs of zero and
//! of remainders, `**` edge cases), exact comparison with ints, correctly
//! rounded `round()`, and hexadecimal text.

use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::{Pow, Zero};
use terrarium_compiler::bytecode::{BinOp, CmpOp};
use terrarium_format::FormatSpec;

use crate::error::PyResult;
use crate::globals::Globals;
use std::ptr::NonNull;

use crate::object::free_list::FreeList;
use crate::object::{Header, Payload, PyRef, alloc};
use crate::objects::complex;
use crate::objects::int::{
    Int, cmp_int_f64, f64_to_int, format_error, format_spec_arg, int_as_f64, new_bigint, new_cls,
    new_int, no_args, one_arg, partial_cmp_holds, ratio_to_f64, round_to_f64,
};
use crate::objects::native::Args;
use crate::objects::object::pointer_hash;
use crate::objects::str::Str;
use crate::objects::typeobject::lookup;
use crate::objects::{add_classmethod, add_doc, add_getset, add_method, add_static};
use crate::vm::Vm;

/// The payload of `float` instances.
pub struct Float(pub f64);

impl Payload for Float {
    const LEAF: bool = true;
    const RECYCLE: Option<unsafe fn(NonNull<Header>) -> bool> = Some(recycle);
}

thread_local! {
    static FREE_FLOATS: FreeList<Float> = const { FreeList::new() };
}

/// Lists a dead exact float for reuse (`Payload::RECYCLE`).
///
/// # Safety
/// `p` must be a dead `Obj<Float>` that nothing references.
unsafe fn recycle(p: NonNull<Header>) -> bool {
    // SAFETY: the caller's contract; only exact floats are listed.
    let exact = unsafe { p.as_ref() }.ob_type.get() as *const Header
        == crate::globals::globals().float.as_ptr();
    exact
        && FREE_FLOATS
            .try_with(|f| unsafe { f.push(p) })
            .unwrap_or(false)
}

/// A new exact float.
pub fn new_float(vm: &Vm, x: f64) -> PyRef {
    match FREE_FLOATS.try_with(|f| f.revive(Float(x))) {
        Ok(Ok(o)) => o,
        _ => alloc(&vm.g.float, Float(x)),
    }
}

// ---- conversions ------------------------------------------------------------------

/// `float(o)` (CPython's `PyNumber_Float`).
pub fn to_float(vm: &Vm, o: &PyRef) -> PyResult<f64> {
    if let (true, Some(f)) = (o.type_is(&vm.g.float), o.downcast::<Float>()) {
        return Ok(f.0);
    }
    if let Some(v) = float_special(vm, o)? {
        return Ok(v);
    }
    if let Some(s) = o.downcast::<Str>() {
        return terrarium_format::parse_float(s.as_str()).map_err(|e| vm.value_error(e.message));
    }
    if let Some(b) = crate::objects::bytes::buffer(o) {
        return terrarium_format::parse_float_bytes(&b).map_err(|e| vm.value_error(e.message));
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        o.ty().name
    )))
}

/// `o.__float__()` (checked to return a float) or `o.__index__()` as a
/// float; `None` when `o` has neither.
fn float_special(vm: &Vm, o: &PyRef) -> PyResult<Option<f64>> {
    if let Some(f) = lookup(o.type_obj_ref(), "__float__") {
        let r = vm.call_descr(&f, o, &[])?;
        return match r.downcast::<Float>() {
            Some(v) => Ok(Some(v.0)),
            None => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                o.ty().name,
                r.ty().name
            ))),
        };
    }
    if lookup(o.type_obj_ref(), "__index__").is_some() {
        let i = vm.index(o)?;
        return int_as_f64(vm, i.downcast::<Int>().expect("index returns an int")).map(Some);
    }
    Ok(None)
}

/// A real number argument as a double (CPython's `PyFloat_AsDouble`):
/// floats and their subclasses, `__float__`, then `__index__`.
pub fn as_f64(vm: &Vm, o: &PyRef) -> PyResult<f64> {
    if let Some(f) = o.downcast::<Float>() {
        return Ok(f.0);
    }
    match float_special(vm, o)? {
        Some(v) => Ok(v),
        None => Err(vm.type_error(format!("must be real number, not {}", o.ty().name))),
    }
}

/// An operand of float arithmetic: a float or an int (converted, which may
/// overflow); `None` for anything else.
fn operand(vm: &Vm, o: &PyRef) -> PyResult<Option<f64>> {
    if let Some(f) = o.downcast::<Float>() {
        return Ok(Some(f.0));
    }
    match o.downcast::<Int>() {
        Some(i) => int_as_f64(vm, i).map(Some),
        None => Ok(None),
    }
}

/// |x| as `mantissa * 2**exponent` with an integer mantissa.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.abs().to_bits();
    let biased = (bits >> 52) as i64;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    }
}

// ---- arithmetic -------------------------------------------------------------------

/// The operators floats implement (the others are TypeErrors).
pub fn is_float_op(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::Add
            | BinOp::Subtract
            | BinOp::Multiply
            | BinOp::TrueDivide
            | BinOp::FloorDivide
            | BinOp::Remainder
            | BinOp::Power
    )
}

/// `x % y` with the sign of `y` (`y != 0`).
fn float_mod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m == 0.0 {
        0.0f64.copysign(y)
    } else if (y < 0.0) != (m < 0.0) {
        m + y
    } else {
        m
    }
}

/// `divmod(x, y)` for `y != 0`: the floor of the exact quotient, made
/// consistent with `float_mod`.
fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        // `div` is within rounding of an integer; snap to it.
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

fn is_odd_integer(y: f64) -> bool {
    y.abs() % 2.0 == 1.0
}

/// `x ** y` for floats, with C99's special cases, CPython's errors, and a
/// complex result for a negative base and a non-integer exponent.
pub fn float_pow(vm: &Vm, x: f64, y: f64) -> PyResult {
    if y == 0.0 {
        return Ok(vm.new_float(1.0));
    }
    if x.is_nan() {
        return Ok(vm.new_float(x));
    }
    if y.is_nan() {
        return Ok(vm.new_float(if x == 1.0 { 1.0 } else { y }));
    }
    if y.is_infinite() {
        let ax = x.abs();
        let r = if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(vm.new_float(r));
    }
    let y_odd = is_odd_integer(y);
    if x.is_infinite() {
        let r = if y > 0.0 {
            if y_odd { x } else { x.abs() }
        } else if y_odd {
            0.0f64.copysign(x)
        } else {
            0.0
        };
        return Ok(vm.new_float(r));
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(vm.new_float(if y_odd { x } else { 0.0 }));
    }
    let mut base = x;
    let mut negate = false;
    if x < 0.0 {
        if y != y.floor() {
            let (re, im) = complex::complex_pow(vm, (x, 0.0), (y, 0.0))?;
            return Ok(complex::new_complex(vm, re, im));
        }
        base = -x;
        negate = y_odd;
    }
    if base == 1.0 {
        return Ok(vm.new_float(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(y);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(vm.new_float(if negate { -r } else { r }))
}

/// CPython reports a C math function's ERANGE as `OverflowError(34, ...)`.
fn range_error(vm: &Vm) -> crate::error::PyErr {
    let ty = vm.g.exc("OverflowError").clone();
    vm.new_exc_args(
        &ty,
        vec![new_int(vm, 34), vm.new_str("Numerical result out of range")],
    )
}

/// `x op y` for floats; `None` for operators floats do not have.
pub fn float_binop(vm: &Vm, x: f64, y: f64, op: BinOp) -> PyResult<Option<PyRef>> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Subtract => x - y,
        BinOp::Multiply => x * y,
        BinOp::TrueDivide => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDivide => {
            if y == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Remainder => {
            if y == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            float_mod(x, y)
        }
        BinOp::Power => return float_pow(vm, x, y).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(vm.new_float(r)))
}

// ---- rounding ---------------------------------------------------------------------

/// `round(x, ndigits)` for finite non-zero `x`: the exact value rounded
/// half-even to a multiple of 10**-ndigits, then to the nearest float.
/// `None` if that overflows.
fn round_to_ndigits(x: f64, ndigits: i64) -> Option<f64> {
    let (m, e) = decompose(x);
    // |x| = num / den exactly.
    let (mut num, mut den) = (BigUint::from(m), BigUint::from(1u8));
    if e >= 0 {
        num <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    let scale: BigUint = Pow::pow(BigUint::from(10u8), ndigits.unsigned_abs());
    if ndigits >= 0 {
        num *= &scale;
    } else {
        den *= &scale;
    }
    let (mut q, r) = num.div_rem(&den);
    let twice = r << 1u8;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1u8;
    }
    let v = if ndigits >= 0 {
        ratio_to_f64(&q, &scale)?
    } else {
        round_to_f64(&(q * scale), 0, false)?
    };
    Some(v.copysign(x))
}

// ---- hexadecimal ------------------------------------------------------------------

/// `float.hex()`.
fn float_hex_string(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    format!("{sign}0x{lead}.{fraction:013x}p{exp:+}")
}

enum HexError {
    Invalid,
    Overflow,
}

/// `float.fromhex(s)`: `[sign] ['0x'] digits ['.' digits] ['p' exponent]`
/// or inf/nan, surrounded by whitespace; correctly rounded.
fn parse_hex_float(s: &str) -> Result<f64, HexError> {
    let s = s.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c'));
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let sign = |v: f64| if negative { -v } else { v };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(sign(f64::NAN));
    }
    let b = lower.as_bytes();
    let mut i = if b.starts_with(b"0x") { 2 } else { 0 };
    let mut digits = Vec::new();
    let mut frac_digits: i64 = 0;
    while i < b.len() && b[i].is_ascii_hexdigit() {
        digits.push(b[i]);
        i += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_hexdigit() {
            digits.push(b[i]);
            frac_digits += 1;
            i += 1;
        }
    }
    if digits.is_empty() {
        return Err(HexError::Invalid);
    }
    let mut exp: i64 = 0;
    if i < b.len() && b[i] == b'p' {
        i += 1;
        let exp_negative = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            // Saturate: past this, the value is infinite or zero anyway.
            exp = (exp * 10 + i64::from(b[i] - b'0')).min(1 << 50);
            i += 1;
        }
        if i == start {
            return Err(HexError::Invalid);
        }
        if exp_negative {
            exp = -exp;
        }
    }
    if i != b.len() {
        return Err(HexError::Invalid);
    }
    let mantissa = BigUint::parse_bytes(&digits, 16).unwrap_or_default();
    if mantissa.is_zero() {
        return Ok(sign(0.0));
    }
    match round_to_f64(&mantissa, exp - 4 * frac_digits, false) {
        Some(v) => Ok(sign(v)),
        None => Err(HexError::Overflow),
    }
}

// ---- methods ----------------------------------------------------------------------

fn zelf(vm: &Vm, a: &Args) -> PyResult<f64> {
    a.args
        .first()
        .and_then(|o| o.downcast::<Float>())
        .map(|f| f.0)
        .ok_or_else(|| vm.type_error("descriptor requires a 'float' object"))
}

/// The receiver as an exact float (itself when it is one).
fn exact(vm: &Vm, a: &Args) -> PyResult {
    let x = zelf(vm, a)?;
    let o = a.zelf();
    Ok(if o.type_is(&vm.g.float) {
        o.clone()
    } else {
        vm.new_float(x)
    })
}

fn float_binary(vm: &Vm, a: Args, op: BinOp, reflected: bool) -> PyResult {
    let x = zelf(vm, &a)?;
    let Some(y) = operand(vm, one_arg(vm, &a)?)? else {
        return Ok(vm.g.not_implemented.clone());
    };
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    Ok(float_binop(vm, l, r, op)?.unwrap_or_else(|| vm.g.not_implemented.clone()))
}

fn float_divmod_method(vm: &Vm, a: Args, reflected: bool) -> PyResult {
    let x = zelf(vm, &a)?;
    let Some(y) = operand(vm, one_arg(vm, &a)?)? else {
        return Ok(vm.g.not_implemented.clone());
    };
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    if r == 0.0 {
        return Err(vm.zero_division("float divmod()"));
    }
    let (q, m) = float_divmod(l, r);
    Ok(vm.new_tuple(vec![vm.new_float(q), vm.new_float(m)]))
}

fn float_pow_method(vm: &Vm, a: Args, reflected: bool) -> PyResult {
    let x = zelf(vm, &a)?;
    let n = a.args.len() - 1;
    if a.has_keywords() || !(1..=2).contains(&n) {
        // CPython's message for this wrapper starts with a space.
        return Err(vm.type_error(format!(" expected at most 2 arguments, got {n}")));
    }
    let Some(y) = operand(vm, &a.args[1])? else {
        return Ok(vm.g.not_implemented.clone());
    };
    if a.args.get(2).is_some_and(|m| !vm.is_none(m)) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let (base, exp) = if reflected { (y, x) } else { (x, y) };
    float_pow(vm, base, exp)
}

fn float_compare(vm: &Vm, a: Args, op: CmpOp) -> PyResult {
    let x = zelf(vm, &a)?;
    let other = one_arg(vm, &a)?;
    if let Some(y) = other.downcast::<Float>() {
        return Ok(vm.bool(partial_cmp_holds(op, x.partial_cmp(&y.0))));
    }
    match other.downcast::<Int>() {
        Some(i) => Ok(vm.bool(partial_cmp_holds(
            op,
            cmp_int_f64(i, x).map(|o| o.reverse()),
        ))),
        None => Ok(vm.g.not_implemented.clone()),
    }
}

fn float_unary(vm: &Vm, a: Args, f: fn(f64) -> f64) -> PyResult {
    no_args(vm, &a)?;
    Ok(vm.new_float(f(zelf(vm, &a)?)))
}

fn float_pos(vm: &Vm, a: Args) -> PyResult {
    no_args(vm, &a)?;
    exact(vm, &a)
}

fn float_bool(vm: &Vm, a: Args) -> PyResult {
    no_args(vm, &a)?;
    Ok(vm.bool(zelf(vm, &a)? != 0.0))
}

/// `__int__`, `__trunc__`, `__floor__`, `__ceil__`.
fn float_to_int(vm: &Vm, a: Args, f: fn(f64) -> f64) -> PyResult {
    no_args(vm, &a)?;
    f64_to_int(vm, f(zelf(vm, &a)?))
}

fn float_float(vm: &Vm, a: Args) -> PyResult {
    no_args(vm, &a)?;
    exact(vm, &a)
}

fn float_repr(vm: &Vm, a: Args) -> PyResult {
    no_args(vm, &a)?;
    Ok(vm.new_str(terrarium_format::float_repr(zelf(vm, &a)?)))
}

fn float_hash(vm: &Vm, a: Args) -> PyResult {
    no_args(vm, &a)?;
    let x = zelf(vm, &a)?;
    // NaNs hash by identity in 3.11.
    let h = terrarium_format::hash_f64(x).unwrap_or_else(|| pointer_hash(a.zelf()));
    Ok(new_int(vm, h))
}

fn float_format(vm: &Vm, a: Args) -> PyResult {
    let spec = format_spec_arg(vm, &a)?;
    let x = zelf(vm, &a)?;
    if spec.is_empty() {
        return vm.str(a.zelf());
    }
    let name = &a.zelf().ty().name;
    let parsed = FormatSpec::parse(spec, name).map_err(|e| format_error(vm, e))?;
    let s = terrarium_format::format_float(x, &parsed, name).map_err(|e| format_error(vm, e))?;
    Ok(vm.new_str(s))
}

fn float_round(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "__round__", 1, 0, 1)?;
    let x = zelf(vm, &a)?;
    let Some(nd) = pos.first().filter(|o| !vm.is_none(o)) else {
        return f64_to_int(vm, x.round_ties_even());
    };
    let nd = vm.index(nd)?;
    let nd = nd.downcast::<Int>().expect("index returns an int");
    // Past these, every double is unchanged or rounds to zero (CPython
    // clamps ndigits to the same effect).
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    let nd = nd
        .to_i64()
        .unwrap_or(if nd.is_negative() { i64::MIN } else { i64::MAX });
    if x == 0.0 || !x.is_finite() || nd > NDIGITS_MAX {
        return Ok(vm.new_float(x));
    }
    if nd < NDIGITS_MIN {
        return Ok(vm.new_float(0.0 * x));
    }
    match round_to_ndigits(x, nd) {
        Some(v) => Ok(vm.new_float(v)),
        None => Err(vm.overflow_error("rounded value too large to represent")),
    }
}

fn float_is_integer(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "float.is_integer", 1, 0, 0)?;
    let x = zelf(vm, &a)?;
    Ok(vm.bool(x.is_finite() && x == x.trunc()))
}

fn float_as_integer_ratio(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "float.as_integer_ratio", 1, 0, 0)?;
    let x = zelf(vm, &a)?;
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let (mut m, mut e) = decompose(x);
    if m == 0 {
        return Ok(vm.new_tuple(vec![new_int(vm, 0), new_int(vm, 1)]));
    }
    if e < 0 {
        let shift = i64::from(m.trailing_zeros()).min(-e);
        m >>= shift;
        e += shift;
    }
    let mut num = num_bigint::BigInt::from(m);
    if x < 0.0 {
        num = -num;
    }
    let (num, den) = if e >= 0 {
        (num << (e as u64), num_bigint::BigInt::from(1u8))
    } else {
        (num, num_bigint::BigInt::from(1u8) << ((-e) as u64))
    };
    Ok(vm.new_tuple(vec![new_bigint(vm, num), new_bigint(vm, den)]))
}

fn float_hex(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "float.hex", 1, 0, 0)?;
    Ok(vm.new_str(float_hex_string(zelf(vm, &a)?)))
}

fn float_fromhex(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "float.fromhex", 1, 1, 1)?;
    let cls = a.args[0].clone();
    let Some(s) = pos[0].downcast::<Str>() else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let v = match parse_hex_float(s.as_str()) {
        Ok(v) => v,
        Err(HexError::Invalid) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string"));
        }
        Err(HexError::Overflow) => {
            return Err(vm.overflow_error("hexadecimal value too large to represent as a float"));
        }
    };
    let r = vm.new_float(v);
    if cls.is(&vm.g.float) {
        Ok(r)
    } else {
        vm.call1(&cls, r)
    }
}

fn float_getformat(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "float.__getformat__", 1, 1, 1)?;
    let Some(s) = pos[0].downcast::<Str>() else {
        return Err(vm.type_error(format!(
            "__getformat__() argument must be str, not {}",
            pos[0].ty().name
        )));
    };
    match s.as_str() {
        "double" | "float" => Ok(vm.new_str("IEEE, little-endian")),
        _ => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
    }
}

fn float_conjugate(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "float.conjugate", 1, 0, 0)?;
    exact(vm, &a)
}

fn float_getnewargs(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "float.__getnewargs__", 1, 0, 0)?;
    Ok(vm.new_tuple(vec![vm.new_float(zelf(vm, &a)?)]))
}

fn float_new(vm: &Vm, a: Args) -> PyResult {
    let cls = new_cls(vm, &a, &vm.g.float)?;
    if a.has_keywords() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    let pos = &a.args[1..];
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "float expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    let exact_type = cls.is(&vm.g.float);
    let v = match pos.first() {
        None => 0.0,
        Some(x) if exact_type && x.type_is(&vm.g.float) => return Ok(x.clone()),
        Some(x) => to_float(vm, x)?,
    };
    Ok(if exact_type {
        vm.new_float(v)
    } else {
        alloc(&cls, Float(v))
    })
}

fn get_real(vm: &Vm, o: &PyRef) -> PyResult {
    match o.downcast::<Float>() {
        Some(f) if !o.type_is(&vm.g.float) => Ok(vm.new_float(f.0)),
        Some(_) => Ok(o.clone()),
        None => Err(vm.type_error("descriptor requires a 'float' object")),
    }
}

fn get_imag(vm: &Vm, _o: &PyRef) -> PyResult {
    Ok(vm.new_float(0.0))
}

pub fn fill(g: &Globals) {
    let t = &g.float;
    add_static(
        g,
        t,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        float_new,
    );
    add_method(g, t, "__repr__", signature!("($self, /)"), float_repr);
    add_method(g, t, "__hash__", signature!("($self, /)"), float_hash);
    add_method(
        g,
        t,
        "__format__",
        signature!("($self, format_spec, /)"),
        float_format,
    );
    add_method(g, t, "__bool__", signature!("($self, /)"), float_bool);
    add_method(g, t, "__float__", signature!("($self, /)"), float_float);
    add_method(g, t, "__int__", signature!("($self, /)"), |vm, a| {
        float_to_int(vm, a, f64::trunc)
    });
    add_method(g, t, "__trunc__", signature!("($self, /)"), |vm, a| {
        float_to_int(vm, a, f64::trunc)
    });
    add_method(g, t, "__floor__", signature!("($self, /)"), |vm, a| {
        float_to_int(vm, a, f64::floor)
    });
    add_method(g, t, "__ceil__", signature!("($self, /)"), |vm, a| {
        float_to_int(vm, a, f64::ceil)
    });
    add_method(
        g,
        t,
        "__round__",
        signature!("($self, ndigits=None, /)"),
        float_round,
    );
    add_method(g, t, "__neg__", signature!("($self, /)"), |vm, a| {
        float_unary(vm, a, |x| -x)
    });
    add_method(g, t, "__abs__", signature!("($self, /)"), |vm, a| {
        float_unary(vm, a, f64::abs)
    });
    add_method(g, t, "__pos__", signature!("($self, /)"), float_pos);
    add_method(g, t, "__add__", signature!("($self, value, /)"), |vm, a| {
        float_binary(vm, a, BinOp::Add, false)
    });
    add_method(
        g,
        t,
        "__radd__",
        signature!("($self, value, /)"),
        |vm, a| float_binary(vm, a, BinOp::Add, true),
    );
    add_method(g, t, "__sub__", signature!("($self, value, /)"), |vm, a| {
        float_binary(vm, a, BinOp::Subtract, false)
    });
    add_method(
        g,
        t,
        "__rsub__",
        signature!("($self, value, /)"),
        |vm, a| float_binary(vm, a, BinOp::Subtract, true),
    );
    add_method(g, t, "__mul__", signature!("($self, value, /)"), |vm, a| {
        float_binary(vm, a, BinOp::Multiply, false)
    });
    add_method(
        g,
        t,
        "__rmul__",
        signature!("($self, value, /)"),
        |vm, a| float_binary(vm, a, BinOp::Multiply, true),
    );
    add_method(
        g,
        t,
        "__truediv__",
        signature!("($self, value, /)"),
        |vm, a| float_binary(vm, a, BinOp::TrueDivide, false),
    );
    add_method(
        g,
        t,
        "__rtruediv__",
        signature!("($self, value, /)"),
        |vm, a| float_binary(vm, a, BinOp::TrueDivide, true),
    );
    add_method(
        g,
        t,
        "__floordiv__",
        signature!("($self, value, /)"),
        |vm, a| float_binary(vm, a, BinOp::FloorDivide, false),
    );
    add_method(
        g,
        t,
        "__rfloordiv__",
        signature!("($self, value, /)"),
        |vm, a| float_binary(vm, a, BinOp::FloorDivide, true),
    );
    add_method(g, t, "__mod__", signature!("($self, value, /)"), |vm, a| {
        float_binary(vm, a, BinOp::Remainder, false)
    });
    add_method(
        g,
        t,
        "__rmod__",
        signature!("($self, value, /)"),
        |vm, a| float_binary(vm, a, BinOp::Remainder, true),
    );
    add_method(
        g,
        t,
        "__divmod__",
        signature!("($self, value, /)"),
        |vm, a| float_divmod_method(vm, a, false),
    );
    add_method(
        g,
        t,
        "__rdivmod__",
        signature!("($self, value, /)"),
        |vm, a| float_divmod_method(vm, a, true),
    );
    add_method(
        g,
        t,
        "__pow__",
        signature!("($self, value, mod=None, /)"),
        |vm, a| float_pow_method(vm, a, false),
    );
    add_method(
        g,
        t,
        "__rpow__",
        signature!("($self, value, mod=None, /)"),
        |vm, a| float_pow_method(vm, a, true),
    );
    add_method(g, t, "__eq__", signature!("($self, value, /)"), |vm, a| {
        float_compare(vm, a, CmpOp::Eq)
    });
    add_method(g, t, "__ne__", signature!("($self, value, /)"), |vm, a| {
        float_compare(vm, a, CmpOp::Ne)
    });
    add_method(g, t, "__lt__", signature!("($self, value, /)"), |vm, a| {
        float_compare(vm, a, CmpOp::Lt)
    });
    add_method(g, t, "__le__", signature!("($self, value, /)"), |vm, a| {
        float_compare(vm, a, CmpOp::Le)
    });
    add_method(g, t, "__gt__", signature!("($self, value, /)"), |vm, a| {
        float_compare(vm, a, CmpOp::Gt)
    });
    add_method(g, t, "__ge__", signature!("($self, value, /)"), |vm, a| {
        float_compare(vm, a, CmpOp::Ge)
    });
    add_method(
        g,
        t,
        "is_integer",
        signature!("($self, /)"),
        float_is_integer,
    );
    add_method(
        g,
        t,
        "as_integer_ratio",
        signature!("($self, /)"),
        float_as_integer_ratio,
    );
    add_method(g, t, "hex", signature!("($self, /)"), float_hex);
    add_classmethod(
        g,
        t,
        "fromhex",
        signature!("($type, string, /)"),
        float_fromhex,
    );
    add_classmethod(
        g,
        t,
        "__getformat__",
        signature!("($type, typestr, /)"),
        float_getformat,
    );
    add_method(g, t, "conjugate", signature!("($self, /)"), float_conjugate);
    add_method(
        g,
        t,
        "__getnewargs__",
        signature!("($self, /)"),
        float_getnewargs,
    );
    add_getset(g, t, "real", get_real, None);
    add_getset(g, t, "imag", get_imag, None);
    add_doc(
        g,
        t,
        "Convert a string or number to a floating point number, if possible.",
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn divmod_signs() {
        assert_eq!(float_divmod(-7.5, 2.0), (-4.0, 0.5));
        assert_eq!(float_divmod(7.5, -2.0), (-4.0, -0.5));
        assert_eq!(float_divmod(7.0, 0.1).0, 69.0);
        let (q, m) = float_divmod(-0.0, 1.0);
        assert!(q == 0.0 && q.is_sign_negative() && m == 0.0 && m.is_sign_positive());
        assert_eq!(float_mod(-1.0, f64::INFINITY), f64::INFINITY);
    }

    #[test]
    fn rounding_is_exact() {
        assert_eq!(round_to_ndigits(2.675, 2), Some(2.67));
        assert_eq!(round_to_ndigits(1.25, 1), Some(1.2));
        assert_eq!(round_to_ndigits(15.0, -1), Some(20.0));
        assert_eq!(round_to_ndigits(25.0, -1), Some(20.0));
        assert_eq!(round_to_ndigits(123.456, -1), Some(120.0));
        assert_eq!(round_to_ndigits(2f64.powi(1023), -308), Some(1e308));
        assert_eq!(round_to_ndigits(f64::MAX, -308), None);
        let z = round_to_ndigits(-0.4, 0).unwrap();
        assert!(z == 0.0 && z.is_sign_negative());
    }

    #[test]
    fn hex_round_trip() {
        assert_eq!(float_hex_string(1.5), "0x1.8000000000000p+0");
        assert_eq!(float_hex_string(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex_string(-0.0), "-0x0.0p+0");
        assert_eq!(float_hex_string(1e300), "0x1.7e43c8800759cp+996");
        assert!(matches!(parse_hex_float("0x1.8p1"), Ok(v) if v == 3.0));
        assert!(matches!(parse_hex_float(" -0X1P-1074 "), Ok(v) if v == -5e-324));
        assert!(matches!(parse_hex_float("1."), Ok(v) if v == 1.0));
        assert!(matches!(
            parse_hex_float("0x1p1024"),
            Err(HexError::Overflow)
        ));
        assert!(matches!(parse_hex_float("zz"), Err(HexError::Invalid)));
        assert!(matches!(parse_hex_float("0x1p"), Err(HexError::Invalid)));
        // 1 + 2**-53 is a tie between 1 and its successor: to even.
        assert!(matches!(parse_hex_float("0x1.00000000000008p0"), Ok(v) if v == 1.0));
        assert!(
            matches!(parse_hex_float("0x1.00000000000018p0"), Ok(v) if v == 1.0 + 2.0 * f64::EPSILON)
        );
    }
}
