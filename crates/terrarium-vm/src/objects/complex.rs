//! `complex`: pairs of doubles with CPython's division, power, hashing,
//! text and construction rules.

use std::cmp::Ordering;

use terrarium_compiler::bytecode::{BinOp, CmpOp};
use terrarium_format::FormatSpec;

use crate::error::PyResult;
use crate::globals::Globals;
use crate::object::{Payload, PyRef, alloc};
use crate::objects::float::{Float, as_f64, to_float};
use crate::objects::int::{
    Int, cmp_int_f64, format_error, format_spec_arg, int_as_f64, new_cls, no_args, one_arg,
};
use crate::objects::native::Args;
use crate::objects::object::pointer_hash;
use crate::objects::str::Str;
use crate::objects::typeobject::lookup;
use crate::objects::{add_doc, add_getset, add_method, add_static};
use crate::vm::Vm;

/// The payload of `complex` instances.
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl Payload for Complex {
    const LEAF: bool = true;
}

pub fn new_complex(vm: &Vm, re: f64, im: f64) -> PyRef {
    alloc(&vm.g.complex, Complex { re, im })
}

type C = (f64, f64);

// ---- arithmetic -------------------------------------------------------------------

fn c_mul(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a / b` by Smith's method, which avoids needless overflow; `None` when
/// `b` is zero.
fn c_quot(a: C, b: C) -> Option<C> {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // A NaN in the divisor.
        Some((f64::NAN, f64::NAN))
    }
}

/// `a ** b` through polar form; `None` for zero to a negative or complex
/// power.
fn c_pow(a: C, b: C) -> Option<C> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Some((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        return Some((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Some((len * phase.cos(), len * phase.sin()))
}

/// `x ** n` by repeated squaring.
fn c_powu(x: C, n: u64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_mul(r, p);
        }
        mask <<= 1;
        p = c_mul(p, p);
    }
    r
}

/// `a ** b` with CPython's errors: small integral exponents multiply out,
/// others go through polar form.
pub fn complex_pow(vm: &Vm, a: C, b: C) -> PyResult<C> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            Some(c_powu(a, n as u64))
        } else {
            c_quot((1.0, 0.0), c_powu(a, n.unsigned_abs()))
        }
    } else {
        c_pow(a, b)
    };
    match r {
        None => Err(vm.zero_division("0.0 to a negative or complex power")),
        Some(r) if r.0.is_infinite() || r.1.is_infinite() => {
            Err(vm.overflow_error("complex exponentiation"))
        }
        Some(r) => Ok(r),
    }
}

/// `abs(z)`; `None` when it overflows although both parts are finite.
fn c_abs(z: C) -> Option<f64> {
    if !z.0.is_finite() || !z.1.is_finite() {
        // An infinite part wins over a NaN one, as in C's hypot.
        return Some(if z.0.is_infinite() || z.1.is_infinite() {
            f64::INFINITY
        } else {
            f64::NAN
        });
    }
    let r = z.0.hypot(z.1);
    if r.is_infinite() { None } else { Some(r) }
}

/// An operand of complex arithmetic: a complex, float or int; `None` for
/// anything else.
fn operand(vm: &Vm, o: &PyRef) -> PyResult<Option<C>> {
    if let Some(c) = o.downcast::<Complex>() {
        return Ok(Some((c.re, c.im)));
    }
    if let Some(f) = o.downcast::<Float>() {
        return Ok(Some((f.0, 0.0)));
    }
    match o.downcast::<Int>() {
        Some(i) => Ok(Some((int_as_f64(vm, i)?, 0.0))),
        None => Ok(None),
    }
}

fn complex_binop(vm: &Vm, a: C, b: C, op: BinOp) -> PyResult<C> {
    Ok(match op {
        BinOp::Add => (a.0 + b.0, a.1 + b.1),
        BinOp::Subtract => (a.0 - b.0, a.1 - b.1),
        BinOp::Multiply => c_mul(a, b),
        BinOp::TrueDivide => match c_quot(a, b) {
            Some(r) => r,
            None => return Err(vm.zero_division("complex division by zero")),
        },
        _ => complex_pow(vm, a, b)?,
    })
}

// ---- text -------------------------------------------------------------------------

/// Parses CPython's complex literal syntax: optional parentheses and
/// surrounding whitespace around `real`, `imag j`, or `real ± imag j`,
/// where either number may be omitted before `j` (meaning 1).
fn parse_complex(text: &str) -> Option<C> {
    // Other scripts' digits and spaces count as their ASCII equivalents.
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        if terrarium_format::is_space(c) {
            s.push(' ');
        } else if let Some(d) = terrarium_format::decimal_value(c) {
            s.push(char::from(b'0' + d as u8));
        } else if c.is_ascii() {
            s.push(c);
        } else {
            return None;
        }
    }
    let b = s.as_bytes();
    let is_ws = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c');
    let mut i = 0;
    let skip_ws = |i: &mut usize| {
        while *i < b.len() && is_ws(b[*i]) {
            *i += 1;
        }
    };
    skip_ws(&mut i);
    let bracket = b.get(i) == Some(&b'(');
    if bracket {
        i += 1;
        skip_ws(&mut i);
    }
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    let (re, im);
    match scan_float(&s, i) {
        Some((z, end)) => {
            i = end;
            match b.get(i) {
                Some(b'+' | b'-') => {
                    re = z;
                    match scan_float(&s, i) {
                        Some((y, end)) => {
                            im = y;
                            i = end;
                        }
                        None => {
                            im = if b[i] == b'+' { 1.0 } else { -1.0 };
                            i += 1;
                        }
                    }
                    if !is_j(b.get(i)) {
                        return None;
                    }
                    i += 1;
                }
                c if is_j(c) => {
                    re = 0.0;
                    im = z;
                    i += 1;
                }
                _ => {
                    re = z;
                    im = 0.0;
                }
            }
        }
        None => {
            // A bare `j`, `+j` or `-j`.
            im = match b.get(i) {
                Some(b'+') => {
                    i += 1;
                    1.0
                }
                Some(b'-') => {
                    i += 1;
                    -1.0
                }
                _ => 1.0,
            };
            re = 0.0;
            if !is_j(b.get(i)) {
                return None;
            }
            i += 1;
        }
    }
    skip_ws(&mut i);
    if bracket {
        if b.get(i) != Some(&b')') {
            return None;
        }
        i += 1;
        skip_ws(&mut i);
    }
    if i != b.len() { None } else { Some((re, im)) }
}

/// The longest float literal at `start` (sign, digits with underscores,
/// point, exponent, or inf/infinity/nan), parsed; `None` if there is none
/// or it is malformed.
fn scan_float(s: &str, start: usize) -> Option<(f64, usize)> {
    let b = s.as_bytes();
    let mut i = start;
    if matches!(b.get(i), Some(b'+' | b'-')) {
        i += 1;
    }
    let rest = &s[i..];
    let starts_ci =
        |word: &str| rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word);
    let end = if starts_ci("infinity") {
        i + 8
    } else if starts_ci("inf") || starts_ci("nan") {
        i + 3
    } else {
        let digit_run = |i: &mut usize| {
            let from = *i;
            while *i < b.len() && (b[*i].is_ascii_digit() || b[*i] == b'_') {
                *i += 1;
            }
            *i > from
        };
        let mut any = digit_run(&mut i);
        if b.get(i) == Some(&b'.') {
            i += 1;
            any |= digit_run(&mut i);
        }
        if !any {
            return None;
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if b.get(j).is_some_and(u8::is_ascii_digit) {
                digit_run(&mut j);
                i = j;
            }
        }
        i
    };
    let v = terrarium_format::parse_float(&s[start..end]).ok()?;
    Some((v, end))
}

// ---- construction -----------------------------------------------------------------

/// `o.__complex__()`, checked to return a complex; `None` if `o` has none.
fn complex_special(vm: &Vm, o: &PyRef) -> PyResult<Option<C>> {
    let Some(f) = lookup(o.type_obj_ref(), "__complex__") else {
        return Ok(None);
    };
    let r = vm.call_descr(&f, o, &[])?;
    match r.downcast::<Complex>() {
        Some(c) => Ok(Some((c.re, c.im))),
        None => Err(vm.type_error(format!(
            "__complex__ returned non-complex (type {})",
            r.ty().name
        ))),
    }
}

fn is_number(o: &PyRef) -> bool {
    let t = o.type_obj_ref();
    o.downcast::<Complex>().is_some()
        || lookup(t, "__float__").is_some()
        || lookup(t, "__index__").is_some()
}

/// A complex number argument (CPython's `PyComplex_AsCComplex`): a complex,
/// `__complex__`, or a real number.
pub fn as_complex(vm: &Vm, o: &PyRef) -> PyResult<C> {
    if let Some(c) = o.downcast::<Complex>() {
        return Ok((c.re, c.im));
    }
    if let Some(c) = complex_special(vm, o)? {
        return Ok(c);
    }
    Ok((as_f64(vm, o)?, 0.0))
}

fn complex_new(vm: &Vm, a: Args) -> PyResult {
    let cls = new_cls(vm, &a, &vm.g.complex)?;
    let nargs = a.args.len() - 1;
    if nargs > 2 {
        return Err(vm.type_error(format!(
            "complex() takes at most 2 arguments ({nargs} given)"
        )));
    }
    let pos = &a.positional()[1..];
    let mut params = [pos.first(), pos.get(1)];
    for (k, v) in a.keywords() {
        let i = match k {
            "real" => 0,
            "imag" => 1,
            _ => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for complex()"
                )));
            }
        };
        if params[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for complex() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        params[i] = Some(v);
    }
    let [r, i] = params;
    let make = |re: f64, im: f64| {
        if cls.is(&vm.g.complex) {
            new_complex(vm, re, im)
        } else {
            alloc(&cls, Complex { re, im })
        }
    };
    let zero;
    let r = match r {
        Some(r) => r,
        None => {
            zero = vm.new_int(0);
            &zero
        }
    };
    if let Some(s) = r.downcast::<Str>() {
        if i.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match parse_complex(s.as_str()) {
            Some((re, im)) => Ok(make(re, im)),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    if i.is_some_and(|i| i.downcast::<Str>().is_some()) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    if i.is_none() && r.type_is(&vm.g.complex) && cls.is(&vm.g.complex) {
        return Ok(r.clone());
    }
    let (re, im) = match i {
        Some(i) => complex_from_parts(vm, r, i)?,
        None => complex_from_real(vm, r)?.0,
    };
    Ok(make(re, im))
}

/// The first constructor argument as a complex, and whether it was one.
fn complex_from_real(vm: &Vm, r: &PyRef) -> PyResult<(C, bool)> {
    if let Some(c) = complex_special(vm, r)? {
        return Ok((c, true));
    }
    if let Some(c) = r.downcast::<Complex>() {
        return Ok(((c.re, c.im), true));
    }
    if !is_number(r) {
        return Err(vm.type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            r.ty().name
        )));
    }
    Ok(((to_float(vm, r)?, 0.0), false))
}

/// `complex(r, i)`: `r + i*1j`, where either may itself be complex.
fn complex_from_parts(vm: &Vm, r: &PyRef, i: &PyRef) -> PyResult<C> {
    if !is_number(i) {
        return Err(vm.type_error(format!(
            "complex() second argument must be a number, not '{}'",
            i.ty().name
        )));
    }
    let (cr, cr_complex) = complex_from_real(vm, r)?;
    let (ci, ci_complex) = match i.downcast::<Complex>() {
        Some(c) => ((c.re, c.im), true),
        None => ((as_f64(vm, i)?, 0.0), false),
    };
    let re = if ci_complex { cr.0 - ci.1 } else { cr.0 };
    let im = if cr_complex { ci.0 + cr.1 } else { ci.0 };
    Ok((re, im))
}

// ---- methods ----------------------------------------------------------------------

fn zelf(vm: &Vm, a: &Args) -> PyResult<C> {
    a.args
        .first()
        .and_then(|o| o.downcast::<Complex>())
        .map(|c| (c.re, c.im))
        .ok_or_else(|| vm.type_error("descriptor requires a 'complex' object"))
}

/// The receiver as an exact complex (itself when it is one).
fn exact(vm: &Vm, a: &Args) -> PyResult {
    let z = zelf(vm, a)?;
    let o = a.zelf();
    Ok(if o.type_is(&vm.g.complex) {
        o.clone()
    } else {
        new_complex(vm, z.0, z.1)
    })
}

fn complex_binary(vm: &Vm, a: Args, op: BinOp, reflected: bool) -> PyResult {
    let x = zelf(vm, &a)?;
    let Some(y) = operand(vm, one_arg(vm, &a)?)? else {
        return Ok(vm.g.not_implemented.clone());
    };
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    let (re, im) = complex_binop(vm, l, r, op)?;
    Ok(new_complex(vm, re, im))
}

fn complex_pow_method(vm: &Vm, a: Args, reflected: bool) -> PyResult {
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
        return Err(vm.value_error("complex modulo"));
    }
    let (base, exp) = if reflected { (y, x) } else { (x, y) };
    let (re, im) = complex_pow(vm, base, exp)?;
    Ok(new_complex(vm, re, im))
}

fn complex_compare(vm: &Vm, a: Args, op: CmpOp) -> PyResult {
    let z = zelf(vm, &a)?;
    let other = one_arg(vm, &a)?;
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(vm.g.not_implemented.clone());
    }
    let equal = if let Some(c) = other.downcast::<Complex>() {
        z.0 == c.re && z.1 == c.im
    } else if let Some(f) = other.downcast::<Float>() {
        z.1 == 0.0 && z.0 == f.0
    } else if let Some(i) = other.downcast::<Int>() {
        // Exactly, as int == float does.
        z.1 == 0.0 && cmp_int_f64(i, z.0) == Some(Ordering::Equal)
    } else {
        return Ok(vm.g.not_implemented.clone());
    };
    Ok(vm.bool(equal == (op == CmpOp::Eq)))
}

fn complex_repr(vm: &Vm, a: Args) -> PyResult {
    no_args(vm, &a)?;
    let (re, im) = zelf(vm, &a)?;
    Ok(vm.new_str(terrarium_format::complex_repr(re, im)))
}

fn complex_format(vm: &Vm, a: Args) -> PyResult {
    let spec = format_spec_arg(vm, &a)?;
    let (re, im) = zelf(vm, &a)?;
    if spec.is_empty() {
        return vm.str(a.zelf());
    }
    let name = &a.zelf().ty().name;
    let parsed = FormatSpec::parse(spec, name).map_err(|e| format_error(vm, e))?;
    let s =
        terrarium_format::format_complex(re, im, &parsed, name).map_err(|e| format_error(vm, e))?;
    Ok(vm.new_str(s))
}

fn complex_hash(vm: &Vm, a: Args) -> PyResult {
    no_args(vm, &a)?;
    let (re, im) = zelf(vm, &a)?;
    // A NaN part hashes by the object's identity in 3.11.
    let h = terrarium_format::hash_complex(re, im, pointer_hash(a.zelf()));
    Ok(vm.new_int(h))
}

fn complex_abs(vm: &Vm, a: Args) -> PyResult {
    no_args(vm, &a)?;
    match c_abs(zelf(vm, &a)?) {
        Some(r) => Ok(vm.new_float(r)),
        None => Err(vm.overflow_error("absolute value too large")),
    }
}

fn complex_bool(vm: &Vm, a: Args) -> PyResult {
    no_args(vm, &a)?;
    let (re, im) = zelf(vm, &a)?;
    Ok(vm.bool(re != 0.0 || im != 0.0))
}

fn complex_neg(vm: &Vm, a: Args) -> PyResult {
    no_args(vm, &a)?;
    let (re, im) = zelf(vm, &a)?;
    Ok(new_complex(vm, -re, -im))
}

fn complex_pos(vm: &Vm, a: Args) -> PyResult {
    no_args(vm, &a)?;
    exact(vm, &a)
}

fn complex_complex(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "complex.__complex__", 1, 0, 0)?;
    exact(vm, &a)
}

fn complex_conjugate(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "complex.conjugate", 1, 0, 0)?;
    let (re, im) = zelf(vm, &a)?;
    Ok(new_complex(vm, re, -im))
}

fn complex_getnewargs(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "complex.__getnewargs__", 1, 0, 0)?;
    let (re, im) = zelf(vm, &a)?;
    Ok(vm.new_tuple(vec![vm.new_float(re), vm.new_float(im)]))
}

fn get_real(vm: &Vm, o: &PyRef) -> PyResult {
    match o.downcast::<Complex>() {
        Some(c) => Ok(vm.new_float(c.re)),
        None => Err(vm.type_error("descriptor 'real' requires a 'complex' object")),
    }
}

fn get_imag(vm: &Vm, o: &PyRef) -> PyResult {
    match o.downcast::<Complex>() {
        Some(c) => Ok(vm.new_float(c.im)),
        None => Err(vm.type_error("descriptor 'imag' requires a 'complex' object")),
    }
}

pub fn fill(g: &Globals) {
    let t = &g.complex;
    add_static(
        g,
        t,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        complex_new,
    );
    add_method(g, t, "__repr__", signature!("($self, /)"), complex_repr);
    add_method(
        g,
        t,
        "__format__",
        signature!("($self, format_spec, /)"),
        complex_format,
    );
    add_method(g, t, "__hash__", signature!("($self, /)"), complex_hash);
    add_method(g, t, "__abs__", signature!("($self, /)"), complex_abs);
    add_method(g, t, "__bool__", signature!("($self, /)"), complex_bool);
    add_method(g, t, "__neg__", signature!("($self, /)"), complex_neg);
    add_method(g, t, "__pos__", signature!("($self, /)"), complex_pos);
    add_method(
        g,
        t,
        "__complex__",
        signature!("($self, /)"),
        complex_complex,
    );
    add_method(g, t, "__add__", signature!("($self, value, /)"), |vm, a| {
        complex_binary(vm, a, BinOp::Add, false)
    });
    add_method(
        g,
        t,
        "__radd__",
        signature!("($self, value, /)"),
        |vm, a| complex_binary(vm, a, BinOp::Add, true),
    );
    add_method(g, t, "__sub__", signature!("($self, value, /)"), |vm, a| {
        complex_binary(vm, a, BinOp::Subtract, false)
    });
    add_method(
        g,
        t,
        "__rsub__",
        signature!("($self, value, /)"),
        |vm, a| complex_binary(vm, a, BinOp::Subtract, true),
    );
    add_method(g, t, "__mul__", signature!("($self, value, /)"), |vm, a| {
        complex_binary(vm, a, BinOp::Multiply, false)
    });
    add_method(
        g,
        t,
        "__rmul__",
        signature!("($self, value, /)"),
        |vm, a| complex_binary(vm, a, BinOp::Multiply, true),
    );
    add_method(
        g,
        t,
        "__truediv__",
        signature!("($self, value, /)"),
        |vm, a| complex_binary(vm, a, BinOp::TrueDivide, false),
    );
    add_method(
        g,
        t,
        "__rtruediv__",
        signature!("($self, value, /)"),
        |vm, a| complex_binary(vm, a, BinOp::TrueDivide, true),
    );
    add_method(
        g,
        t,
        "__pow__",
        signature!("($self, value, mod=None, /)"),
        |vm, a| complex_pow_method(vm, a, false),
    );
    add_method(
        g,
        t,
        "__rpow__",
        signature!("($self, value, mod=None, /)"),
        |vm, a| complex_pow_method(vm, a, true),
    );
    add_method(g, t, "__eq__", signature!("($self, value, /)"), |vm, a| {
        complex_compare(vm, a, CmpOp::Eq)
    });
    add_method(g, t, "__ne__", signature!("($self, value, /)"), |vm, a| {
        complex_compare(vm, a, CmpOp::Ne)
    });
    add_method(g, t, "__lt__", signature!("($self, value, /)"), |vm, a| {
        complex_compare(vm, a, CmpOp::Lt)
    });
    add_method(g, t, "__le__", signature!("($self, value, /)"), |vm, a| {
        complex_compare(vm, a, CmpOp::Le)
    });
    add_method(g, t, "__gt__", signature!("($self, value, /)"), |vm, a| {
        complex_compare(vm, a, CmpOp::Gt)
    });
    add_method(g, t, "__ge__", signature!("($self, value, /)"), |vm, a| {
        complex_compare(vm, a, CmpOp::Ge)
    });
    add_method(
        g,
        t,
        "conjugate",
        signature!("($self, /)"),
        complex_conjugate,
    );
    add_method(
        g,
        t,
        "__getnewargs__",
        signature!("($self, /)"),
        complex_getnewargs,
    );
    add_getset(g, t, "real", get_real, None);
    add_getset(g, t, "imag", get_imag, None);
    add_doc(
        g,
        t,
        "Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0.",
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals() {
        assert_eq!(parse_complex("1+2j"), Some((1.0, 2.0)));
        assert_eq!(parse_complex(" ( 1+2j ) "), Some((1.0, 2.0)));
        assert_eq!(parse_complex("j"), Some((0.0, 1.0)));
        assert_eq!(parse_complex("-j"), Some((0.0, -1.0)));
        assert_eq!(parse_complex("1-j"), Some((1.0, -1.0)));
        assert_eq!(parse_complex("1e3j"), Some((0.0, 1000.0)));
        assert_eq!(parse_complex("+1.5e1-2.5J"), Some((15.0, -2.5)));
        assert_eq!(parse_complex("1_0j"), Some((0.0, 10.0)));
        assert_eq!(parse_complex("-infj"), Some((0.0, f64::NEG_INFINITY)));
        assert_eq!(parse_complex("\u{661}+\u{662}j"), Some((1.0, 2.0)));
        for bad in [
            "1 + 2j", "", "abc", "(1+2j", "1+2", "1_", ".j", "1__0j", "()",
        ] {
            assert_eq!(parse_complex(bad), None, "{bad:?}");
        }
        let (re, im) = parse_complex("NaN").unwrap();
        assert!(re.is_nan() && im == 0.0);
    }

    #[test]
    fn division_and_powers() {
        assert_eq!(c_quot((1.0, 2.0), (3.0, -4.0)), Some((-0.2, 0.4)));
        assert_eq!(
            c_quot((1.0, 1.0), (1e-320, 0.0)),
            Some((f64::INFINITY, f64::INFINITY))
        );
        assert_eq!(c_quot((1.0, 0.0), (0.0, 0.0)), None);
        let r = c_powu((0.0, 1.0), 3);
        assert!(r.0 == 0.0 && r.0.is_sign_negative() && r.1 == -1.0);
        assert_eq!(c_pow((0.0, 0.0), (-1.0, 0.0)), None);
        assert_eq!(c_abs((3.0, 4.0)), Some(5.0));
        assert_eq!(c_abs((1e308, 1e308)), Some(1.4142135623730951e308));
        assert_eq!(c_abs((f64::MAX, f64::MAX)), None);
    }
}
