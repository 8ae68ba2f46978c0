//! Constant folding as CPython 3.11's AST optimizer does it: literals,
//! `__debug__`, unary and binary operators on constants (within the same
//! size limits), constant tuples, subscripts of constants, and `%`
//! formatting with a tuple turned into an f-string.
//!
//! Float results are folded only where Rust computes exactly what CPython
//! does (IEEE arithmetic on exactly converted operands); the rest is left
//! to run time, which gives the same values.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Num, Signed, ToPrimitive, Zero};
use ruff_python_ast::{self as ast, Expr, ExprContext, Number, Operator};

use super::Compiler;
use crate::bytecode::Constant;

const MAX_INT_SIZE: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;
const MAX_TOTAL_ITEMS: usize = 1024;

/// Integers up to 2**53 convert to float exactly.
const EXACT_FLOAT_INT: u64 = 1 << 53;

pub(super) fn int_value(i: &ast::Int) -> BigInt {
    let text = i.to_string().replace('_', "");
    let lower = text.to_ascii_lowercase();
    let (digits, radix) = match lower.get(..2) {
        Some("0x") => (&lower[2..], 16),
        Some("0o") => (&lower[2..], 8),
        Some("0b") => (&lower[2..], 2),
        _ => (&lower[..], 10),
    };
    BigInt::from_str_radix(digits, radix).unwrap_or_default()
}

pub(super) fn truthy(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { re, im } => *re != 0.0 || *im != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
        Constant::Ellipsis | Constant::Code(_) => true,
    }
}

fn as_int(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Int(i) => Some(i.clone()),
        Constant::Bool(b) => Some(BigInt::from(*b as u8)),
        _ => None,
    }
}

/// A real number as a float, if the conversion is exact.
fn as_float(c: &Constant) -> Option<f64> {
    match c {
        Constant::Float(f) => Some(*f),
        other => {
            let i = as_int(other)?;
            (i.magnitude() <= &EXACT_FLOAT_INT.into()).then(|| i.to_f64().unwrap())
        }
    }
}

fn as_complex(c: &Constant) -> Option<(f64, f64)> {
    match c {
        Constant::Complex { re, im } => Some((*re, *im)),
        other => Some((as_float(other)?, 0.0)),
    }
}

fn fold_unary(op: ast::UnaryOp, c: Constant) -> Option<Constant> {
    Some(match op {
        ast::UnaryOp::Not => Constant::Bool(!truthy(&c)),
        ast::UnaryOp::USub => match c {
            Constant::Float(f) => Constant::Float(-f),
            Constant::Complex { re, im } => Constant::Complex { re: -re, im: -im },
            other => Constant::Int(-as_int(&other)?),
        },
        ast::UnaryOp::UAdd => match c {
            Constant::Float(_) | Constant::Complex { .. } => c,
            other => Constant::Int(as_int(&other)?),
        },
        ast::UnaryOp::Invert => Constant::Int(-as_int(&c)? - 1),
    })
}

/// Items in a constant, counting nested tuples and frozensets.
fn total_items(c: &Constant) -> usize {
    match c {
        Constant::Tuple(t) | Constant::FrozenSet(t) => {
            t.len() + t.iter().map(total_items).sum::<usize>()
        }
        _ => 0,
    }
}

/// `seq * n` within CPython's limits.
fn repeat(seq: &Constant, n: &BigInt) -> Option<Constant> {
    let n = n.to_usize()?;
    match seq {
        Constant::Str(s) => {
            let len = s.chars().count();
            (len == 0 || n <= MAX_STR_SIZE / len).then(|| Constant::Str(s.repeat(n)))
        }
        Constant::Bytes(b) => {
            (b.is_empty() || n <= MAX_STR_SIZE / b.len()).then(|| Constant::Bytes(b.repeat(n)))
        }
        Constant::Tuple(t) => {
            if !t.is_empty()
                && (n > MAX_COLLECTION_SIZE / t.len()
                    || (n > 0 && total_items(seq) > MAX_TOTAL_ITEMS / n))
            {
                return None;
            }
            Some(Constant::Tuple(
                t.iter().cycle().take(t.len() * n).cloned().collect(),
            ))
        }
        _ => None,
    }
}

/// Python's float `//` and `%` (CPython's `float_divmod`).
fn float_divmod(x: f64, y: f64) -> Option<(f64, f64)> {
    if y == 0.0 {
        return None;
    }
    let mut rem = x % y;
    let mut div = (x - rem) / y;
    if rem != 0.0 {
        if (y < 0.0) != (rem < 0.0) {
            rem += y;
            div -= 1.0;
        }
    } else {
        rem = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(x / y)
    };
    Some((floordiv, rem))
}

/// Python's float `**` where it gives a float without raising (CPython's
/// `float_pow`; the platform `pow` does the work in both).
fn float_pow(x: f64, y: f64) -> Option<f64> {
    if y == 0.0 {
        return Some(1.0);
    }
    if !x.is_finite() || !y.is_finite() || x == 0.0 || (x < 0.0 && y != y.floor()) {
        return None;
    }
    let r = x.powf(y);
    r.is_finite().then_some(r)
}

/// A key under which Python's `==` finds two constants equal (`1`, `1.0`
/// and `True` are the same set element or mapping key).
pub(super) fn equality_key(c: &Constant) -> String {
    let number = |re: f64| {
        if re.is_finite() && re.fract() == 0.0 && re.abs() < 1e300 {
            format!("n{}", BigInt::from(re as i128))
        } else {
            format!("f{}", re.to_bits())
        }
    };
    match c {
        Constant::Bool(b) => format!("n{}", *b as u8),
        Constant::Int(i) => format!("n{i}"),
        Constant::Float(f) => number(*f),
        Constant::Complex { re, im } if *im == 0.0 => number(*re),
        Constant::Complex { re, im } => format!("c{}:{}", re.to_bits(), im.to_bits()),
        Constant::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(equality_key).collect();
            format!("t({})", inner.join(","))
        }
        other => format!("{other:?}"),
    }
}

/// A frozenset constant keeps the first of equal elements.
pub(super) fn frozenset(items: Vec<Constant>) -> Constant {
    let mut seen = std::collections::HashSet::new();
    Constant::FrozenSet(
        items
            .into_iter()
            .filter(|c| seen.insert(equality_key(c)))
            .collect(),
    )
}

fn fold_binop(op: Operator, l: &Constant, r: &Constant) -> Option<Constant> {
    use Constant::{Bool, Bytes, Complex, Float, Int, Str, Tuple};
    let ints = as_int(l).zip(as_int(r));
    let is_float = matches!(l, Float(_)) || matches!(r, Float(_));
    let is_complex = matches!(l, Complex { .. }) || matches!(r, Complex { .. });
    let complex = |(re, im): (f64, f64)| Complex { re, im };
    match op {
        Operator::Add => match (l, r) {
            (Str(a), Str(b)) => Some(Str(format!("{a}{b}"))),
            (Bytes(a), Bytes(b)) => Some(Bytes([a.as_slice(), b].concat())),
            (Tuple(a), Tuple(b)) => Some(Tuple([a.as_slice(), b].concat())),
            _ if is_complex => {
                let (a, b) = (as_complex(l)?, as_complex(r)?);
                Some(complex((a.0 + b.0, a.1 + b.1)))
            }
            _ if is_float => Some(Float(as_float(l)? + as_float(r)?)),
            _ => ints.map(|(a, b)| Int(a + b)),
        },
        Operator::Sub => {
            if is_complex {
                let (a, b) = (as_complex(l)?, as_complex(r)?);
                Some(complex((a.0 - b.0, a.1 - b.1)))
            } else if is_float {
                Some(Float(as_float(l)? - as_float(r)?))
            } else {
                ints.map(|(a, b)| Int(a - b))
            }
        }
        Operator::Mult => {
            if let Some((a, b)) = &ints {
                if !a.is_zero() && !b.is_zero() && a.bits() + b.bits() > MAX_INT_SIZE {
                    return None;
                }
                return Some(Int(a * b));
            }
            if let Some(n) = as_int(r)
                && let Some(folded) = repeat(l, &n)
            {
                return Some(folded);
            }
            if let Some(n) = as_int(l)
                && let Some(folded) = repeat(r, &n)
            {
                return Some(folded);
            }
            if is_complex {
                let ((a, b), (c, d)) = (as_complex(l)?, as_complex(r)?);
                Some(complex((a * c - b * d, a * d + b * c)))
            } else if is_float {
                Some(Float(as_float(l)? * as_float(r)?))
            } else {
                None
            }
        }
        Operator::Div if !is_complex => {
            let (a, b) = (as_float(l)?, as_float(r)?);
            (b != 0.0).then(|| Float(a / b))
        }
        Operator::FloorDiv | Operator::Mod if !is_complex => {
            if matches!(l, Str(_) | Bytes(_)) {
                return None;
            }
            if let Some((a, b)) = ints {
                if b.is_zero() {
                    return None;
                }
                return Some(Int(if op == Operator::FloorDiv {
                    a.div_floor(&b)
                } else {
                    a.mod_floor(&b)
                }));
            }
            let (div, rem) = float_divmod(as_float(l)?, as_float(r)?)?;
            Some(Float(if op == Operator::FloorDiv { div } else { rem }))
        }
        Operator::Pow if is_complex => None,
        Operator::Pow if is_float || ints.as_ref().is_some_and(|(_, b)| b.is_negative()) => {
            float_pow(as_float(l)?, as_float(r)?).map(Float)
        }
        Operator::Pow => {
            let (a, b) = ints?;
            if !a.is_zero() && !b.is_zero() && a.bits() > MAX_INT_SIZE / b.to_u64()? {
                return None;
            }
            Some(Int(num_traits::pow(a, b.to_usize()?)))
        }
        Operator::LShift => {
            let (a, b) = ints?;
            if b.is_negative() {
                return None;
            }
            if !a.is_zero() && !b.is_zero() {
                let shift = b.to_u64()?;
                if shift > MAX_INT_SIZE || a.bits() > MAX_INT_SIZE - shift {
                    return None;
                }
            }
            Some(Int(a << b.to_usize()?))
        }
        Operator::RShift => {
            let (a, b) = ints?;
            if b.is_negative() {
                return None;
            }
            let shift = b.to_usize().unwrap_or(usize::MAX);
            Some(Int(if shift as u64 > a.bits() {
                if a.is_negative() {
                    BigInt::from(-1)
                } else {
                    BigInt::zero()
                }
            } else {
                a >> shift
            }))
        }
        Operator::BitAnd | Operator::BitOr | Operator::BitXor => {
            if let (Bool(a), Bool(b)) = (l, r) {
                return Some(Bool(match op {
                    Operator::BitAnd => a & b,
                    Operator::BitOr => a | b,
                    _ => a ^ b,
                }));
            }
            let (a, b) = ints?;
            Some(Int(match op {
                Operator::BitAnd => a & b,
                Operator::BitOr => a | b,
                _ => a ^ b,
            }))
        }
        _ => None,
    }
}

fn fold_subscript(container: &Constant, index: &Constant) -> Option<Constant> {
    let i = as_int(index)?;
    let pick = |len: usize| -> Option<usize> {
        let i = if i.is_negative() {
            i.clone() + len
        } else {
            i.clone()
        };
        i.to_usize().filter(|&i| i < len)
    };
    match container {
        Constant::Str(s) => {
            let n = pick(s.chars().count())?;
            s.chars().nth(n).map(|c| Constant::Str(c.to_string()))
        }
        Constant::Bytes(b) => Some(Constant::Int(b[pick(b.len())?].into())),
        Constant::Tuple(t) => Some(t[pick(t.len())?].clone()),
        _ => None,
    }
}

/// One piece of a `%`-format string that CPython turns into an f-string.
pub(super) enum FormatPiece {
    Text(String),
    /// Argument `arg` with conversion 1 (`s`), 2 (`r`) or 3 (`a`) and a
    /// format spec translated from the width and precision.
    Field {
        arg: usize,
        conversion: u32,
        spec: Option<String>,
    },
}

/// Parses `fmt % (args...)` with `nargs` arguments when every unit is a
/// plain `%s`, `%r` or `%a` (CPython's `optimize_format`).
pub(super) fn percent_format(fmt: &str, nargs: usize) -> Option<Vec<FormatPiece>> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut pieces = Vec::new();
    let mut pos = 0;
    let mut arg = 0;
    loop {
        let mut text = String::new();
        while pos < chars.len() {
            if chars[pos] != '%' {
                text.push(chars[pos]);
                pos += 1;
            } else if chars.get(pos + 1) == Some(&'%') {
                text.push('%');
                pos += 2;
            } else {
                break;
            }
        }
        if !text.is_empty() {
            pieces.push(FormatPiece::Text(text));
        }
        if pos >= chars.len() {
            break;
        }
        if arg >= nargs {
            return None;
        }
        pos += 1;
        let mut left_justify = false;
        while let Some(&c) = chars.get(pos) {
            match c {
                '-' => left_justify = true,
                '+' | ' ' | '#' | '0' => {}
                _ => break,
            }
            pos += 1;
        }
        let number = |pos: &mut usize| -> Option<Option<u32>> {
            let start = *pos;
            while chars.get(*pos).is_some_and(|c| c.is_ascii_digit()) {
                *pos += 1;
            }
            if *pos == start {
                return Some(None);
            }
            let digits: String = chars[start..*pos].iter().collect();
            // CPython gives up on widths and precisions of three digits.
            digits.parse::<u32>().ok().filter(|&n| n < 100).map(Some)
        };
        let width = number(&mut pos)?;
        let mut precision = None;
        if chars.get(pos) == Some(&'.') {
            pos += 1;
            precision = Some(number(&mut pos)?.unwrap_or(0));
        }
        let conversion = match chars.get(pos)? {
            's' => 1,
            'r' => 2,
            'a' => 3,
            _ => return None,
        };
        pos += 1;
        let mut spec = String::new();
        if let Some(w) = width {
            if !left_justify && w > 0 {
                spec.push('>');
            }
            spec.push_str(&w.to_string());
        }
        if let Some(p) = precision {
            spec.push_str(&format!(".{p}"));
        }
        pieces.push(FormatPiece::Field {
            arg,
            conversion,
            spec: (!spec.is_empty()).then_some(spec),
        });
        arg += 1;
    }
    (arg == nargs).then_some(pieces)
}

impl Compiler<'_> {
    /// The value CPython's AST optimizer turns an expression into, if it
    /// is a constant.
    pub(super) fn constant_value(&self, e: &Expr) -> Option<Constant> {
        match e {
            Expr::StringLiteral(s) => Some(Constant::Str(s.value.to_str().to_string())),
            Expr::BytesLiteral(b) => Some(Constant::Bytes(b.value.bytes().collect())),
            Expr::NumberLiteral(n) => Some(match &n.value {
                Number::Int(i) => Constant::Int(int_value(i)),
                Number::Float(f) => Constant::Float(*f),
                Number::Complex { real, imag } => Constant::Complex {
                    re: *real,
                    im: *imag,
                },
            }),
            Expr::BooleanLiteral(b) => Some(Constant::Bool(b.value)),
            Expr::NoneLiteral(_) => Some(Constant::None),
            Expr::EllipsisLiteral(_) => Some(Constant::Ellipsis),
            Expr::Name(n) if &*n.id == "__debug__" && n.ctx == ExprContext::Load => {
                Some(Constant::Bool(self.optimize == 0))
            }
            Expr::UnaryOp(_) | Expr::BinOp(_) | Expr::Tuple(_) | Expr::Subscript(_) => {
                // Remembered per node: folding is asked for at every level
                // of an expression.
                let key = e as *const Expr as usize;
                if let Some(known) = self.fold_cache.borrow().get(&key) {
                    return known.clone();
                }
                let value = stacker::maybe_grow(32 * 1024, 1024 * 1024, || self.fold(e));
                self.fold_cache.borrow_mut().insert(key, value.clone());
                value
            }
            _ => None,
        }
    }

    fn fold(&self, e: &Expr) -> Option<Constant> {
        match e {
            Expr::UnaryOp(u) => fold_unary(u.op, self.constant_value(&u.operand)?),
            Expr::BinOp(b) => fold_binop(
                b.op,
                &self.constant_value(&b.left)?,
                &self.constant_value(&b.right)?,
            ),
            Expr::Tuple(t) if t.ctx == ExprContext::Load => t
                .elts
                .iter()
                .map(|e| self.constant_value(e))
                .collect::<Option<Vec<_>>>()
                .map(Constant::Tuple),
            Expr::Subscript(s) if s.ctx == ExprContext::Load => fold_subscript(
                &self.constant_value(&s.value)?,
                &self.constant_value(&s.slice)?,
            ),
            _ => None,
        }
    }

    pub(super) fn constant_truth(&self, e: &Expr) -> Option<bool> {
        self.constant_value(e).map(|c| truthy(&c))
    }

    /// Registers the value of a constant test whose jump is folded away
    /// (CPython compiles the load first, so the constant stays in
    /// `co_consts`).
    pub(super) fn note_constant(&mut self, e: &Expr) {
        if let Some(c) = self.constant_value(e) {
            self.add_const(c);
        }
    }
}
