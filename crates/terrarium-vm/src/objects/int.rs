//! `int` and `bool`: arbitrary-precision integers, kept as an `i64` while
//! they fit and as a `BigInt` otherwise (never a `BigInt` that would fit),
//! plus the interpreter's fast paths for arithmetic and comparison of exact
//! ints, floats and strs.

use std::borrow::Cow;
use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};
use terrarium_compiler::bytecode::{BinOp, CmpOp};
use terrarium_format::{ErrorKind, FormatError, FormatSpec};

use crate::error::{PyErr, PyResult};
use crate::globals::{Globals, SMALL_INT_MAX, SMALL_INT_MIN};
use crate::memory::Reserve;
use std::ptr::NonNull;

use crate::object::free_list::FreeList;
use crate::object::{Header, Payload, PyRef, alloc};
use crate::objects::float::{self, Float};
use crate::objects::list::new_cls_arg;
use crate::objects::native::Args;
use crate::objects::str::{Str, as_str};
use crate::objects::typeobject::{lookup, td};
use crate::objects::{add_classmethod, add_doc, add_getset, add_method, add_static};
use crate::vm::Vm;

/// Results that would need more bits than this raise MemoryError up front:
/// CPython would try and fail to allocate them, but a failed allocation in
/// Rust aborts the process instead of raising.
const MAX_BITS: u64 = 1 << 32;

/// The payload of `int` and `bool` instances.
#[derive(Clone, Debug)]
pub struct Int {
    repr: Repr,
}

#[derive(Clone, Debug)]
enum Repr {
    Small(i64),
    /// Only values outside the `i64` range.
    Big(BigInt),
}

impl Payload for Int {
    const LEAF: bool = true;
    const RECYCLE: Option<unsafe fn(NonNull<Header>) -> bool> = Some(recycle);
}

thread_local! {
    static FREE_INTS: FreeList<Int> = const { FreeList::new() };
}

/// Lists a dead exact int of machine size for reuse (`Payload::RECYCLE`).
///
/// # Safety
/// `p` must be a dead `Obj<Int>` that nothing references.
unsafe fn recycle(p: NonNull<Header>) -> bool {
    // SAFETY: the caller's contract.
    let obj = unsafe { &*(p.as_ptr() as *const crate::object::Obj<Int>) };
    let listable = obj.header.ob_type.get() as *const Header
        == crate::globals::globals().int.as_ptr()
        && matches!(obj.payload.repr, Repr::Small(_));
    listable
        && FREE_INTS
            .try_with(|f| unsafe { f.push(p) })
            .unwrap_or(false)
}

impl Int {
    pub fn from_i64(v: i64) -> Int {
        Int {
            repr: Repr::Small(v),
        }
    }

    pub fn from_bigint(v: BigInt) -> Int {
        match v.to_i64() {
            Some(i) => Int::from_i64(i),
            None => Int { repr: Repr::Big(v) },
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        match self.repr {
            Repr::Small(i) => Some(i),
            Repr::Big(_) => None,
        }
    }

    pub fn to_bigint(&self) -> BigInt {
        self.big().into_owned()
    }

    /// The value as a `BigInt`, borrowed when it already is one.
    pub fn big(&self) -> Cow<'_, BigInt> {
        match &self.repr {
            Repr::Small(i) => Cow::Owned(BigInt::from(*i)),
            Repr::Big(b) => Cow::Borrowed(b),
        }
    }

    pub fn is_zero(&self) -> bool {
        matches!(self.repr, Repr::Small(0))
    }

    pub fn is_negative(&self) -> bool {
        match &self.repr {
            Repr::Small(i) => *i < 0,
            Repr::Big(b) => b.is_negative(),
        }
    }

    /// CPython's hash: the value modulo 2**61 - 1, keeping the sign.
    pub fn hash(&self) -> i64 {
        match &self.repr {
            Repr::Small(i) => terrarium_format::hash_i64(*i),
            Repr::Big(b) => terrarium_format::hash_bigint(b),
        }
    }

    /// `int.bit_length()`: bits of the absolute value.
    pub fn bits(&self) -> u64 {
        match &self.repr {
            Repr::Small(i) => u64::from(64 - i.unsigned_abs().leading_zeros()),
            Repr::Big(b) => b.bits(),
        }
    }

    /// The correctly rounded float, or `None` when it would overflow.
    pub fn to_f64(&self) -> Option<f64> {
        match &self.repr {
            // `as` rounds to nearest, ties to even.
            Repr::Small(i) => Some(*i as f64),
            Repr::Big(b) => {
                let v = round_to_f64(b.magnitude(), 0, false)?;
                Some(if b.is_negative() { -v } else { v })
            }
        }
    }

    fn is_odd(&self) -> bool {
        match &self.repr {
            Repr::Small(i) => i & 1 == 1,
            Repr::Big(b) => b.bit(0),
        }
    }

    fn magnitude(&self) -> Cow<'_, BigUint> {
        match &self.repr {
            Repr::Small(i) => Cow::Owned(BigUint::from(i.unsigned_abs())),
            Repr::Big(b) => Cow::Borrowed(b.magnitude()),
        }
    }
}

impl PartialEq for Int {
    fn eq(&self, other: &Int) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Int {}

impl PartialOrd for Int {
    fn partial_cmp(&self, other: &Int) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Int {
    fn cmp(&self, other: &Int) -> Ordering {
        match (&self.repr, &other.repr) {
            (Repr::Small(a), Repr::Small(b)) => a.cmp(b),
            _ => self.big().as_ref().cmp(other.big().as_ref()),
        }
    }
}

// ---- constructors -------------------------------------------------------------

/// An exact int; the shared immortal object for -5..=256.
#[inline]
pub fn new_int(vm: &Vm, i: i64) -> PyRef {
    if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
        return vm.g.small_ints[(i - SMALL_INT_MIN) as usize].clone();
    }
    match FREE_INTS.try_with(|f| f.revive(Int::from_i64(i))) {
        Ok(Ok(o)) => o,
        _ => alloc(&vm.g.int, Int::from_i64(i)),
    }
}

pub fn new_bigint(vm: &Vm, v: BigInt) -> PyRef {
    from_payload(vm, Int::from_bigint(v))
}

fn from_payload(vm: &Vm, v: Int) -> PyRef {
    match v.repr {
        Repr::Small(i) => new_int(vm, i),
        Repr::Big(_) => alloc(&vm.g.int, v),
    }
}

/// `o` as an exact int (itself when it already is one).
fn exact(vm: &Vm, o: &PyRef, v: &Int) -> PyRef {
    if o.type_is(&vm.g.int) {
        o.clone()
    } else {
        from_payload(vm, v.clone())
    }
}

// ---- conversions other types use --------------------------------------------------

/// `float(i)`, raising OverflowError as CPython does.
pub fn int_as_f64(vm: &Vm, i: &Int) -> PyResult<f64> {
    i.to_f64()
        .ok_or_else(|| vm.overflow_error("int too large to convert to float"))
}

/// The integer part of a finite float, exactly.
pub fn f64_to_bigint(x: f64) -> BigInt {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    if biased < 1023 {
        // |x| < 1 (zeros and subnormals included).
        return BigInt::zero();
    }
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    let shift = biased - 1075;
    let magnitude = if shift >= 0 {
        BigInt::from(mantissa) << (shift as u64)
    } else {
        BigInt::from(mantissa >> ((-shift) as u64))
    };
    if x < 0.0 { -magnitude } else { magnitude }
}

/// `int(x)` for a float: truncation, with CPython's errors for inf and nan.
pub fn f64_to_int(vm: &Vm, x: f64) -> PyResult {
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    // 2**63: every float below it in magnitude fits an i64.
    if x.abs() < 9_223_372_036_854_775_808.0 {
        return Ok(new_int(vm, x as i64));
    }
    Ok(new_bigint(vm, f64_to_bigint(x)))
}

/// Scales `x` by 2**e; exact whenever the result is representable.
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    fn pow2(e: i64) -> f64 {
        f64::from_bits(((e + 1023) as u64) << 52)
    }
    // Steps of 2**±1000 keep every factor a normal float.
    while e > 1000 {
        x *= pow2(1000);
        e -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1000 {
        x *= pow2(-1000);
        e += 1000;
    }
    x * pow2(e)
}

/// Rounds `(q + f) * 2**s` to the nearest float, ties to even, where
/// `0 <= f < 1` and `sticky` tells whether `f > 0`. `None` on overflow.
pub fn round_to_f64(q: &BigUint, s: i64, sticky: bool) -> Option<f64> {
    let qbits = q.bits() as i64;
    if qbits == 0 {
        return Some(0.0);
    }
    let top = qbits - 1 + s;
    if top > 1023 {
        return None;
    }
    // Subnormal results have fewer significant bits (possibly none).
    let precision = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    let drop = qbits - precision;
    let low_word = |v: &BigUint| v.iter_u64_digits().next().unwrap_or(0);
    let (mantissa, exp) = if drop <= 0 {
        (low_word(q), s)
    } else {
        let drop = drop as u64;
        let mut m = low_word(&(q >> drop));
        let half = q.bit(drop - 1);
        let rest = sticky || q.trailing_zeros().is_some_and(|tz| tz < drop - 1);
        if half && (rest || m & 1 == 1) {
            m += 1;
        }
        (m, s + drop as i64)
    };
    let v = ldexp(mantissa as f64, exp);
    if v.is_infinite() { None } else { Some(v) }
}

/// `n / d` correctly rounded (`d > 0`); `None` when it overflows.
pub fn ratio_to_f64(n: &BigUint, d: &BigUint) -> Option<f64> {
    if n.is_zero() {
        return Some(0.0);
    }
    let diff = n.bits() as i64 - d.bits() as i64;
    // n/d lies in [2**(diff-1), 2**(diff+1)).
    if diff > 1025 {
        return None;
    }
    if diff < -1080 {
        return Some(0.0);
    }
    // A quotient of 55 or 56 bits leaves two to round with; the remainder
    // is the sticky bit.
    let s = diff - 55;
    let (q, r) = if s >= 0 {
        n.div_rem(&(d << (s as u64)))
    } else {
        (n << ((-s) as u64)).div_rem(d)
    };
    round_to_f64(&q, s, !r.is_zero())
}

/// Exact comparison of an int with a float (`None` for NaN).
pub fn cmp_int_f64(i: &Int, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Some(x) = i.to_i64()
        && x.unsigned_abs() <= 1 << 53
    {
        return (x as f64).partial_cmp(&f);
    }
    if i.bits() > 1024 {
        return Some(if i.is_negative() {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let t = f.trunc();
    match i.big().as_ref().cmp(&f64_to_bigint(t)) {
        Ordering::Equal => 0.0f64.partial_cmp(&(f - t)),
        o => Some(o),
    }
}

/// A formatting failure as the exception CPython raises for it.
pub fn format_error(vm: &Vm, e: FormatError) -> PyErr {
    match e.kind {
        ErrorKind::ValueError => vm.value_error(e.message),
        ErrorKind::OverflowError => vm.overflow_error(e.message),
        ErrorKind::MemoryError => vm.memory_error(),
    }
}

/// `str(i)`, refusing more digits than `sys.get_int_max_str_digits()`.
pub fn int_to_string(vm: &Vm, i: &Int) -> PyResult<String> {
    match &i.repr {
        Repr::Small(v) => Ok(v.to_string()),
        Repr::Big(b) => terrarium_format::int_to_decimal_string(b, vm.int_max_str_digits.get())
            .map_err(|e| format_error(vm, e)),
    }
}

/// `int(o)` (CPython's `PyNumber_Long`).
pub fn to_int(vm: &Vm, o: &PyRef) -> PyResult {
    if o.type_is(&vm.g.int) {
        return Ok(o.clone());
    }
    if let (true, Some(f)) = (o.type_is(&vm.g.float), o.downcast::<Float>()) {
        return f64_to_int(vm, f.0);
    }
    if let Some(f) = lookup(o.type_obj_ref(), "__int__") {
        let r = vm.call_descr(&f, o, &[])?;
        return match r.downcast::<Int>() {
            Some(i) => Ok(exact(vm, &r, i)),
            None => Err(vm.type_error(format!("__int__ returned non-int (type {})", r.ty().name))),
        };
    }
    if lookup(o.type_obj_ref(), "__index__").is_some() {
        let r = vm.index(o)?;
        let i = r.downcast::<Int>().expect("index returns an int");
        return Ok(exact(vm, &r, i));
    }
    if let Some(f) = lookup(o.type_obj_ref(), "__trunc__") {
        let r = vm.call_descr(&f, o, &[])?;
        if let Some(i) = r.downcast::<Int>() {
            return Ok(exact(vm, &r, i));
        }
        if lookup(r.type_obj_ref(), "__index__").is_none() {
            return Err(vm.type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                r.ty().name
            )));
        }
        let r = vm.index(&r)?;
        let i = r.downcast::<Int>().expect("index returns an int");
        return Ok(exact(vm, &r, i));
    }
    if let Some(s) = o.downcast::<Str>() {
        return parse_str(vm, s.as_str(), 10);
    }
    if let Some(b) = crate::objects::bytes::buffer(o) {
        return parse_bytes(vm, &b, 10);
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        o.ty().name
    )))
}

fn parse_str(vm: &Vm, s: &str, base: u32) -> PyResult {
    match terrarium_format::parse_int(s, base, vm.int_max_str_digits.get()) {
        Ok(v) => Ok(new_bigint(vm, v)),
        Err(e) => Err(vm.value_error(e.message)),
    }
}

fn parse_bytes(vm: &Vm, b: &[u8], base: u32) -> PyResult {
    match terrarium_format::parse_int_bytes(b, base, vm.int_max_str_digits.get()) {
        Ok(v) => Ok(new_bigint(vm, v)),
        Err(e) => Err(vm.value_error(e.message)),
    }
}

/// Checks the class argument of `owner.__new__(cls, ...)`: a subtype of
/// `owner` whose nearest builtin base is `owner` itself (so that
/// `int.__new__(bool)` is refused as in CPython).
pub fn new_cls(vm: &Vm, a: &Args, owner: &PyRef) -> PyResult<PyRef> {
    if a.positional().is_empty() {
        return Err(vm.type_error(format!(
            "{}.__new__(): not enough arguments",
            td(owner).name
        )));
    }
    let cls = new_cls_arg(vm, a, owner)?;
    let t = td(&cls);
    if let Some(b) = t.mro().iter().find(|b| td(b).builtin)
        && !b.is(owner)
    {
        return Err(vm.type_error(format!(
            "{}.__new__({}) is not safe, use {}.__new__()",
            td(owner).name,
            t.name,
            td(b).name
        )));
    }
    Ok(cls)
}

// ---- arithmetic -----------------------------------------------------------------

fn small_pair(a: &Int, b: &Int) -> Option<(i64, i64)> {
    Some((a.to_i64()?, b.to_i64()?))
}

fn int_add(a: &Int, b: &Int) -> Int {
    if let Some(r) = small_pair(a, b).and_then(|(x, y)| x.checked_add(y)) {
        return Int::from_i64(r);
    }
    Int::from_bigint(a.big().as_ref() + b.big().as_ref())
}

fn int_sub(a: &Int, b: &Int) -> Int {
    if let Some(r) = small_pair(a, b).and_then(|(x, y)| x.checked_sub(y)) {
        return Int::from_i64(r);
    }
    Int::from_bigint(a.big().as_ref() - b.big().as_ref())
}

fn int_mul(vm: &Vm, a: &Int, b: &Int) -> PyResult<Int> {
    if let Some(r) = small_pair(a, b).and_then(|(x, y)| x.checked_mul(y)) {
        return Ok(Int::from_i64(r));
    }
    if a.bits() + b.bits() > MAX_BITS {
        return Err(vm.memory_error());
    }
    Ok(Int::from_bigint(a.big().as_ref() * b.big().as_ref()))
}

/// Floor division and modulo; `msg` is the ZeroDivisionError message,
/// which differs between `//`, `%` and `divmod()`.
fn int_divmod(vm: &Vm, a: &Int, b: &Int, msg: &str) -> PyResult<(Int, Int)> {
    if b.is_zero() {
        return Err(vm.zero_division(msg));
    }
    if let Some((x, y)) = small_pair(a, b) {
        if y == -1 {
            // The one quotient that overflows i64 (MIN / -1) is negation.
            return Ok((int_neg(a), Int::from_i64(0)));
        }
        let (q, r) = x.div_mod_floor(&y);
        return Ok((Int::from_i64(q), Int::from_i64(r)));
    }
    let (q, r) = a.big().div_mod_floor(b.big().as_ref());
    Ok((Int::from_bigint(q), Int::from_bigint(r)))
}

fn int_truediv(vm: &Vm, a: &Int, b: &Int) -> PyResult<f64> {
    if b.is_zero() {
        return Err(vm.zero_division("division by zero"));
    }
    const EXACT: u64 = 1 << 53;
    if let Some((x, y)) = small_pair(a, b)
        && x.unsigned_abs() <= EXACT
        && y.unsigned_abs() <= EXACT
    {
        // Both operands are exact floats, so IEEE division rounds once.
        return Ok(x as f64 / y as f64);
    }
    let negative = a.is_negative() != b.is_negative();
    match ratio_to_f64(&a.magnitude(), &b.magnitude()) {
        Some(v) => Ok(if negative { -v } else { v }),
        None => Err(vm.overflow_error("integer division result too large for a float")),
    }
}

fn int_neg(a: &Int) -> Int {
    match a.to_i64().and_then(i64::checked_neg) {
        Some(v) => Int::from_i64(v),
        None => Int::from_bigint(-a.big().into_owned()),
    }
}

fn int_abs(a: &Int) -> Int {
    if a.is_negative() {
        int_neg(a)
    } else {
        a.clone()
    }
}

fn int_invert(a: &Int) -> Int {
    match a.to_i64() {
        // !x == -(x + 1) never overflows.
        Some(v) => Int::from_i64(!v),
        None => Int::from_bigint(-(a.big().into_owned() + 1u8)),
    }
}

fn int_lshift(vm: &Vm, a: &Int, b: &Int) -> PyResult<Int> {
    if b.is_negative() {
        return Err(vm.value_error("negative shift count"));
    }
    if a.is_zero() {
        return Ok(Int::from_i64(0));
    }
    let Some(n) = b.to_i64() else {
        return Err(vm.overflow_error("too many digits in integer"));
    };
    let n = n as u64;
    if let Some(x) = a.to_i64()
        && n < 63
        && (x << n) >> n == x
    {
        return Ok(Int::from_i64(x << n));
    }
    if a.bits().saturating_add(n) > MAX_BITS {
        return Err(vm.memory_error());
    }
    Ok(Int::from_bigint(a.big().into_owned() << n))
}

fn int_rshift(vm: &Vm, a: &Int, b: &Int) -> PyResult<Int> {
    if b.is_negative() {
        return Err(vm.value_error("negative shift count"));
    }
    let n = b.to_i64().map_or(u64::MAX, |n| n as u64);
    if let Some(x) = a.to_i64() {
        return Ok(Int::from_i64(x >> n.min(63)));
    }
    if n >= a.bits() {
        return Ok(Int::from_i64(if a.is_negative() { -1 } else { 0 }));
    }
    // BigInt's shift rounds toward negative infinity, as Python's does.
    Ok(Int::from_bigint(a.big().as_ref() >> n))
}

fn int_bitop(a: &Int, b: &Int, op: BinOp) -> Int {
    if let Some((x, y)) = small_pair(a, b) {
        return Int::from_i64(match op {
            BinOp::And => x & y,
            BinOp::Or => x | y,
            _ => x ^ y,
        });
    }
    let (x, y) = (a.big(), b.big());
    // BigInt's bitwise operators act on infinite two's complement, as
    // Python's do.
    Int::from_bigint(match op {
        BinOp::And => x.as_ref() & y.as_ref(),
        BinOp::Or => x.as_ref() | y.as_ref(),
        _ => x.as_ref() ^ y.as_ref(),
    })
}

/// `a ** b` for `b >= 0`.
fn int_pow_nonneg(vm: &Vm, a: &Int, b: &Int) -> PyResult<Int> {
    match a.to_i64() {
        Some(0) => return Ok(Int::from_i64(if b.is_zero() { 1 } else { 0 })),
        Some(1) => return Ok(Int::from_i64(1)),
        Some(-1) => return Ok(Int::from_i64(if b.is_odd() { -1 } else { 1 })),
        _ => {}
    }
    // |a| >= 2 from here, so a huge exponent means a huge result.
    let Some(e) = b.to_i64() else {
        return Err(vm.memory_error());
    };
    let e = e as u64;
    if let (Some(x), Ok(e32)) = (a.to_i64(), u32::try_from(e))
        && let Some(r) = x.checked_pow(e32)
    {
        return Ok(Int::from_i64(r));
    }
    if (a.bits() - 1).saturating_mul(e) > MAX_BITS {
        return Err(vm.memory_error());
    }
    Ok(Int::from_bigint(Pow::pow(a.big().as_ref(), e)))
}

/// `a ** b` with ints; a negative exponent gives a float, as in CPython.
fn int_pow(vm: &Vm, a: &Int, b: &Int) -> PyResult {
    if b.is_negative() {
        let x = int_as_f64(vm, a)?;
        let y = int_as_f64(vm, b)?;
        return float::float_pow(vm, x, y);
    }
    Ok(from_payload(vm, int_pow_nonneg(vm, a, b)?))
}

/// `pow(a, b, m)`.
fn int_pow_mod(vm: &Vm, a: &Int, b: &Int, m: &Int) -> PyResult {
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let modulus = BigInt::from_biguint(Sign::Plus, m.magnitude().into_owned());
    if modulus.is_one() {
        return Ok(new_int(vm, 0));
    }
    let (base, exp) = if b.is_negative() {
        match a.big().modinv(&modulus) {
            Some(inv) => (inv, -b.big().into_owned()),
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        }
    } else {
        (a.big().into_owned(), b.big().into_owned())
    };
    let r = small_modpow(&base, &exp, &modulus).unwrap_or_else(|| base.modpow(&exp, &modulus));
    // Python's result takes the sign of the modulus.
    let r = if m.is_negative() && !r.is_zero() {
        r - modulus
    } else {
        r
    };
    Ok(new_bigint(vm, r))
}

/// Square-and-multiply in machine words when the modulus fits in 63 bits.
fn small_modpow(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> Option<BigInt> {
    let m = u128::from(modulus.to_u64().filter(|m| *m < 1 << 63)?);
    let mut e = exp.to_u64()?;
    let mut b = base.mod_floor(modulus).to_u64().map(u128::from)?;
    let mut r: u128 = 1;
    while e > 0 {
        if e & 1 == 1 {
            r = r * b % m;
        }
        b = b * b % m;
        e >>= 1;
    }
    Some(BigInt::from(r % m))
}

/// `a op b` for two ints; `None` for operators ints do not have.
fn int_binop(vm: &Vm, a: &Int, b: &Int, op: BinOp) -> PyResult<Option<PyRef>> {
    let r = match op {
        BinOp::Add => int_add(a, b),
        BinOp::Subtract => int_sub(a, b),
        BinOp::Multiply => int_mul(vm, a, b)?,
        BinOp::FloorDivide => int_divmod(vm, a, b, "integer division or modulo by zero")?.0,
        BinOp::Remainder => int_divmod(vm, a, b, "integer modulo by zero")?.1,
        BinOp::TrueDivide => return Ok(Some(vm.new_float(int_truediv(vm, a, b)?))),
        BinOp::Power => return int_pow(vm, a, b).map(Some),
        BinOp::Lshift => int_lshift(vm, a, b)?,
        BinOp::Rshift => int_rshift(vm, a, b)?,
        BinOp::And | BinOp::Or | BinOp::Xor => int_bitop(a, b, op),
        BinOp::MatrixMultiply => return Ok(None),
    };
    Ok(Some(from_payload(vm, r)))
}

fn int_of(o: &PyRef) -> Option<&Int> {
    o.downcast::<Int>()
}

/// The interpreter's fast path for exact ints and floats; `None` sends the
/// operation through the special methods.
pub fn fast_binary(vm: &Vm, a: &PyRef, b: &PyRef, op: BinOp) -> PyResult<Option<PyRef>> {
    let g = vm.g;
    let (a_int, b_int) = (a.type_is(&g.int), b.type_is(&g.int));
    if a_int && b_int {
        let (Some(x), Some(y)) = (int_of(a), int_of(b)) else {
            return Ok(None);
        };
        // The commonest case, without the general dispatch.
        if let (Repr::Small(i), Repr::Small(j)) = (&x.repr, &y.repr) {
            let r = match op {
                BinOp::Add => i.checked_add(*j),
                BinOp::Subtract => i.checked_sub(*j),
                BinOp::Multiply => i.checked_mul(*j),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(Some(new_int(vm, r)));
            }
        }
        return int_binop(vm, x, y, op);
    }
    let (a_float, b_float) = (a.type_is(&g.float), b.type_is(&g.float));
    if !((a_int || a_float) && (b_int || b_float)) || !float::is_float_op(op) {
        return Ok(None);
    }
    let as_f64 = |o: &PyRef| -> PyResult<Option<f64>> {
        if let Some(f) = o.downcast::<Float>() {
            return Ok(Some(f.0));
        }
        match int_of(o) {
            Some(i) => int_as_f64(vm, i).map(Some),
            None => Ok(None),
        }
    };
    let (Some(x), Some(y)) = (as_f64(a)?, as_f64(b)?) else {
        return Ok(None);
    };
    float::float_binop(vm, x, y, op)
}

/// Whether `ord` satisfies comparison `op`.
pub fn cmp_holds(op: CmpOp, ord: Ordering) -> bool {
    match op {
        CmpOp::Lt => ord == Ordering::Less,
        CmpOp::Le => ord != Ordering::Greater,
        CmpOp::Eq => ord == Ordering::Equal,
        CmpOp::Ne => ord != Ordering::Equal,
        CmpOp::Gt => ord == Ordering::Greater,
        CmpOp::Ge => ord != Ordering::Less,
    }
}

/// A comparison whose operands may be unordered (NaN): only `!=` holds.
pub fn partial_cmp_holds(op: CmpOp, ord: Option<Ordering>) -> bool {
    match ord {
        Some(o) => cmp_holds(op, o),
        None => op == CmpOp::Ne,
    }
}

/// The interpreter's fast path for comparing exact ints, floats and strs.
pub fn fast_compare(vm: &Vm, a: &PyRef, b: &PyRef, op: CmpOp) -> Option<bool> {
    let g = vm.g;
    if a.type_is(&g.int) {
        let x = int_of(a)?;
        if b.type_is(&g.int) {
            return Some(cmp_holds(op, x.cmp(int_of(b)?)));
        }
        if b.type_is(&g.float) {
            return Some(partial_cmp_holds(
                op,
                cmp_int_f64(x, b.downcast::<Float>()?.0),
            ));
        }
        return None;
    }
    if a.type_is(&g.float) {
        let x = a.downcast::<Float>()?.0;
        if b.type_is(&g.float) {
            let y = b.downcast::<Float>()?.0;
            return Some(crate::fast_arith::holds(op, x, y));
        }
        if b.type_is(&g.int) {
            let ord = cmp_int_f64(int_of(b)?, x).map(Ordering::reverse);
            return Some(partial_cmp_holds(op, ord));
        }
        return None;
    }
    if a.type_is(&g.str_) && b.type_is(&g.str_) {
        // UTF-8 byte order is code point order.
        return Some(cmp_holds(op, as_str(a).cmp(as_str(b))));
    }
    None
}

// ---- methods ----------------------------------------------------------------------

fn zelf<'a>(vm: &Vm, a: &Args<'a>) -> PyResult<&'a Int> {
    a.args
        .first()
        .and_then(|o| o.downcast::<Int>())
        .ok_or_else(|| vm.type_error("descriptor requires a 'int' object"))
}

/// The single argument of a binary special method.
pub fn one_arg<'a>(vm: &Vm, a: &Args<'a>) -> PyResult<&'a PyRef> {
    let n = a.args.len().saturating_sub(1);
    if a.has_keywords() || n != 1 {
        return Err(vm.type_error(format!("expected 1 argument, got {n}")));
    }
    Ok(&a.args[1])
}

/// Checks that a unary special method got no arguments.
pub fn no_args(vm: &Vm, a: &Args) -> PyResult<()> {
    let n = a.args.len().saturating_sub(1);
    if n != 0 {
        return Err(vm.type_error(format!("expected 0 arguments, got {n}")));
    }
    Ok(())
}

fn int_binary(vm: &Vm, a: Args, op: BinOp, reflected: bool) -> PyResult {
    let x = zelf(vm, &a)?;
    let Some(y) = int_of(one_arg(vm, &a)?) else {
        return Ok(vm.g.not_implemented.clone());
    };
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    Ok(int_binop(vm, l, r, op)?.unwrap_or_else(|| vm.g.not_implemented.clone()))
}

fn int_divmod_method(vm: &Vm, a: Args, reflected: bool) -> PyResult {
    let x = zelf(vm, &a)?;
    let Some(y) = int_of(one_arg(vm, &a)?) else {
        return Ok(vm.g.not_implemented.clone());
    };
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    let (q, m) = int_divmod(vm, l, r, "integer division or modulo by zero")?;
    Ok(vm.new_tuple(vec![from_payload(vm, q), from_payload(vm, m)]))
}

fn int_pow_method(vm: &Vm, a: Args, reflected: bool) -> PyResult {
    let x = zelf(vm, &a)?;
    let n = a.args.len() - 1;
    if a.has_keywords() || !(1..=2).contains(&n) {
        // CPython's message for this wrapper starts with a space.
        return Err(vm.type_error(format!(" expected at most 2 arguments, got {n}")));
    }
    let Some(y) = int_of(&a.args[1]) else {
        return Ok(vm.g.not_implemented.clone());
    };
    let (base, exp) = if reflected { (y, x) } else { (x, y) };
    match a.args.get(2).filter(|m| !vm.is_none(m)) {
        None => int_pow(vm, base, exp),
        Some(m) => match int_of(m) {
            Some(m) => int_pow_mod(vm, base, exp, m),
            None => Ok(vm.g.not_implemented.clone()),
        },
    }
}

fn int_compare(vm: &Vm, a: Args, op: CmpOp) -> PyResult {
    let x = zelf(vm, &a)?;
    match int_of(one_arg(vm, &a)?) {
        Some(y) => Ok(vm.bool(cmp_holds(op, x.cmp(y)))),
        None => Ok(vm.g.not_implemented.clone()),
    }
}

fn int_unary(vm: &Vm, a: Args, f: fn(&Int) -> Int) -> PyResult {
    no_args(vm, &a)?;
    Ok(from_payload(vm, f(zelf(vm, &a)?)))
}

/// `int(self)`: the methods that return the value as an exact int.
fn int_int(vm: &Vm, a: Args) -> PyResult {
    no_args(vm, &a)?;
    let x = zelf(vm, &a)?;
    Ok(exact(vm, a.zelf(), x))
}

fn int_bool(vm: &Vm, a: Args) -> PyResult {
    no_args(vm, &a)?;
    Ok(vm.bool(!zelf(vm, &a)?.is_zero()))
}

fn int_float(vm: &Vm, a: Args) -> PyResult {
    no_args(vm, &a)?;
    Ok(vm.new_float(int_as_f64(vm, zelf(vm, &a)?)?))
}

fn int_hash(vm: &Vm, a: Args) -> PyResult {
    no_args(vm, &a)?;
    Ok(vm.new_int(zelf(vm, &a)?.hash()))
}

fn int_repr(vm: &Vm, a: Args) -> PyResult {
    no_args(vm, &a)?;
    Ok(vm.new_str(int_to_string(vm, zelf(vm, &a)?)?))
}

/// The spec argument of a `__format__` method.
pub fn format_spec_arg<'a>(vm: &Vm, a: &Args<'a>) -> PyResult<&'a str> {
    let pos = a.check_pos(vm, "__format__", 1, 1, 1)?;
    match pos[0].downcast::<Str>() {
        Some(s) => Ok(s.as_str()),
        None => Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            pos[0].ty().name
        ))),
    }
}

fn int_format(vm: &Vm, a: Args) -> PyResult {
    let spec = format_spec_arg(vm, &a)?;
    let x = zelf(vm, &a)?;
    let zelf_obj = a.zelf();
    if spec.is_empty() {
        return vm.str(zelf_obj);
    }
    let name = &zelf_obj.ty().name;
    let parsed = FormatSpec::parse(spec, name).map_err(|e| format_error(vm, e))?;
    let s = terrarium_format::format_int(&x.big(), &parsed, name, vm.int_max_str_digits.get())
        .map_err(|e| format_error(vm, e))?;
    Ok(vm.new_str(s))
}

fn int_round(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "__round__", 1, 0, 1)?;
    let x = zelf(vm, &a)?;
    let Some(nd) = pos.first() else {
        return Ok(exact(vm, a.zelf(), x));
    };
    let nd = vm.index(nd)?;
    let nd = int_of(&nd).expect("index returns an int");
    if !nd.is_negative() {
        return Ok(exact(vm, a.zelf(), x));
    }
    // Rounding to a multiple of 10**k, k = -ndigits; anything with fewer
    // digits than k is below half of 10**k and rounds to 0. A value of b
    // bits has at most b * log10(2) + 1 digits.
    let k = int_neg(nd);
    let digits_bound = x.bits() * 31 / 100 + 2;
    if k.to_i64().is_none_or(|k| k as u64 > digits_bound) {
        return Ok(new_int(vm, 0));
    }
    let k = k.to_i64().unwrap_or(0) as u32;
    let unit = Pow::pow(BigInt::from(10), k);
    let (q, r) = x.big().div_mod_floor(&unit);
    let twice = &r * 2u8;
    let q = match twice.cmp(&unit) {
        Ordering::Greater => q + 1,
        Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    Ok(new_bigint(vm, q * unit))
}

fn int_bit_length(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "int.bit_length", 1, 0, 0)?;
    Ok(vm.new_int(zelf(vm, &a)?.bits() as i64))
}

fn int_bit_count(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "int.bit_count", 1, 0, 0)?;
    let x = zelf(vm, &a)?;
    let n = match x.to_i64() {
        Some(v) => u64::from(v.unsigned_abs().count_ones()),
        None => x.magnitude().count_ones(),
    };
    Ok(vm.new_int(n as i64))
}

fn int_as_integer_ratio(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "int.as_integer_ratio", 1, 0, 0)?;
    let x = zelf(vm, &a)?;
    Ok(vm.new_tuple(vec![exact(vm, a.zelf(), x), new_int(vm, 1)]))
}

fn int_conjugate(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "int.conjugate", 1, 0, 0)?;
    let x = zelf(vm, &a)?;
    Ok(exact(vm, a.zelf(), x))
}

fn int_getnewargs(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "int.__getnewargs__", 1, 0, 0)?;
    let x = zelf(vm, &a)?;
    Ok(vm.new_tuple(vec![exact(vm, a.zelf(), x)]))
}

fn int_sizeof(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "int.__sizeof__", 1, 0, 0)?;
    // CPython's layout: a 24-byte header and 30-bit digits of 4 bytes.
    let digits = zelf(vm, &a)?.bits().div_ceil(30).max(1);
    Ok(vm.new_int(24 + 4 * digits as i64))
}

/// Binds `(positional..., keyword-only...)` for `to_bytes`/`from_bytes`.
fn bind_bytes_args<'a>(
    vm: &Vm,
    a: &Args<'a>,
    fname: &str,
    names: [&str; 3],
    max_pos: usize,
) -> PyResult<[Option<&'a PyRef>; 3]> {
    let pos = &a.positional()[1..];
    if pos.len() > max_pos {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {max_pos} positional arguments ({} given)",
            pos.len()
        )));
    }
    let mut out: [Option<&'a PyRef>; 3] = [None, None, None];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v);
    }
    let n = a.args.len() - a.kwnames.len();
    for (k, v) in a.kwnames.iter().zip(&a.args[n..]) {
        let k = as_str(k);
        match names.iter().position(|p| *p == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v),
            Some(i) => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            None => {
                return Err(vm.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )));
            }
        }
    }
    Ok(out)
}

/// `byteorder`: true for little-endian.
fn byteorder_arg(vm: &Vm, fname: &str, o: Option<&PyRef>) -> PyResult<bool> {
    let Some(o) = o else {
        return Ok(false);
    };
    let Some(s) = o.downcast::<Str>() else {
        return Err(vm.type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            o.ty().name
        )));
    };
    match s.as_str() {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

fn int_to_bytes(vm: &Vm, a: Args) -> PyResult {
    let x = zelf(vm, &a)?;
    let [length, order, signed] =
        bind_bytes_args(vm, &a, "to_bytes", ["length", "byteorder", "signed"], 2)?;
    let length = match length {
        Some(l) => vm.index_isize(l, None)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let length = length as usize;
    let little = byteorder_arg(vm, "to_bytes", order)?;
    let signed = match signed {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    if !signed && x.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let big = x.big();
    let mut bytes = if x.is_zero() {
        Vec::new()
    } else if signed {
        big.to_signed_bytes_le()
    } else {
        big.magnitude().to_bytes_le()
    };
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    bytes.reserve_exact_or_raise(vm, length - bytes.len())?;
    let fill = if x.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(crate::objects::bytes::new_bytes(vm, bytes))
}

fn int_from_bytes(vm: &Vm, a: Args) -> PyResult {
    let Some(cls) = a.positional().first().cloned() else {
        return Err(vm.type_error("descriptor 'from_bytes' of 'int' object needs an argument"));
    };
    let [data, order, signed] =
        bind_bytes_args(vm, &a, "from_bytes", ["bytes", "byteorder", "signed"], 2)?;
    let Some(data) = data else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let little = byteorder_arg(vm, "from_bytes", order)?;
    let signed = match signed {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut bytes = match crate::objects::bytes::buffer(data) {
        Some(b) => b.into_owned(),
        None => {
            // CPython's `PyObject_Bytes`: `__bytes__`, or any iterable of
            // ints, but never an int or a str.
            if data.downcast::<Int>().is_some() || data.downcast::<Str>().is_some() {
                return Err(vm.type_error(format!(
                    "cannot convert '{}' object to bytes",
                    data.ty().name
                )));
            }
            let b = vm.call1(&vm.g.bytes, data.clone())?;
            crate::objects::bytes::buffer(&b)
                .map(Cow::into_owned)
                .unwrap_or_default()
        }
    };
    if !little {
        bytes.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    let r = new_bigint(vm, v);
    if cls.is(&vm.g.int) {
        Ok(r)
    } else {
        vm.call1(&cls, r)
    }
}

fn int_new(vm: &Vm, a: Args) -> PyResult {
    let cls = new_cls(vm, &a, &vm.g.int)?;
    let nargs = a.args.len() - 1;
    if nargs > 2 {
        return Err(vm.type_error(format!("int() takes at most 2 arguments ({nargs} given)")));
    }
    let pos = &a.positional()[1..];
    let x = pos.first();
    let mut base = pos.get(1);
    for (k, v) in a.keywords() {
        if k != "base" {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for int()")));
        }
        if base.is_some() {
            return Err(vm.type_error("argument for int() given by name ('base') and position (2)"));
        }
        base = Some(v);
    }
    let value = match (x, base) {
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (None, None) => new_int(vm, 0),
        (Some(x), None) => to_int(vm, x)?,
        (Some(x), Some(base)) => {
            let b = vm.index(base)?;
            let b = int_of(&b).expect("index returns an int").to_i64();
            let base = match b {
                Some(b @ (0 | 2..=36)) => b as u32,
                _ => return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0")),
            };
            if let Some(s) = x.downcast::<Str>() {
                parse_str(vm, s.as_str(), base)?
            } else if x.downcast::<crate::objects::bytes::Bytes>().is_some()
                || x.downcast::<crate::objects::bytes::ByteArray>().is_some()
            {
                let b = crate::objects::bytes::buffer(x).unwrap_or_default();
                parse_bytes(vm, &b, base)?
            } else {
                return Err(vm.type_error("int() can't convert non-string with explicit base"));
            }
        }
    };
    if cls.is(&vm.g.int) {
        return Ok(value);
    }
    let v = int_of(&value).expect("int").clone();
    Ok(alloc(&cls, v))
}

fn get_exact(vm: &Vm, o: &PyRef) -> PyResult {
    match int_of(o) {
        Some(x) => Ok(exact(vm, o, x)),
        None => Err(vm.type_error("descriptor requires a 'int' object")),
    }
}

fn get_zero(vm: &Vm, _o: &PyRef) -> PyResult {
    Ok(new_int(vm, 0))
}

fn get_one(vm: &Vm, _o: &PyRef) -> PyResult {
    Ok(new_int(vm, 1))
}

// ---- bool -------------------------------------------------------------------------

fn bool_new(vm: &Vm, a: Args) -> PyResult {
    new_cls(vm, &a, &vm.g.bool_)?;
    if a.has_keywords() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    let pos = &a.args[1..];
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "bool expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    match pos.first() {
        Some(x) => Ok(vm.bool(vm.truthy(x)?)),
        None => Ok(vm.bool(false)),
    }
}

fn bool_repr(vm: &Vm, a: Args) -> PyResult {
    no_args(vm, &a)?;
    Ok(vm.new_str(if zelf(vm, &a)?.is_zero() {
        "False"
    } else {
        "True"
    }))
}

/// `&`, `|` and `^` keep bools bool; anything else is int arithmetic.
fn bool_bitop(vm: &Vm, a: Args, op: BinOp) -> PyResult {
    let other = one_arg(vm, &a)?;
    let g = vm.g;
    if a.zelf().type_is(&g.bool_) && other.type_is(&g.bool_) {
        let (x, y) = (a.zelf().is(&g.true_), other.is(&g.true_));
        return Ok(vm.bool(match op {
            BinOp::And => x & y,
            BinOp::Or => x | y,
            _ => x ^ y,
        }));
    }
    int_binary(vm, a, op, false)
}

pub fn fill(g: &Globals) {
    let t = &g.int;
    add_static(
        g,
        t,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        int_new,
    );
    add_method(g, t, "__repr__", signature!("($self, /)"), int_repr);
    add_method(g, t, "__hash__", signature!("($self, /)"), int_hash);
    add_method(
        g,
        t,
        "__format__",
        signature!("($self, format_spec, /)"),
        int_format,
    );
    add_method(g, t, "__bool__", signature!("($self, /)"), int_bool);
    add_method(g, t, "__index__", signature!("($self, /)"), int_int);
    add_method(g, t, "__int__", signature!("($self, /)"), int_int);
    add_method(g, t, "__float__", signature!("($self, /)"), int_float);
    add_method(g, t, "__trunc__", signature!(hidden "($self, /)"), int_int);
    add_method(g, t, "__floor__", signature!(hidden "($self, /)"), int_int);
    add_method(g, t, "__ceil__", signature!(hidden "($self, /)"), int_int);
    add_method(g, t, "__pos__", signature!("($self, /)"), int_int);
    add_method(
        g,
        t,
        "__round__",
        signature!("($self, ndigits=<unrepresentable>, /)"),
        int_round,
    );
    add_method(g, t, "__neg__", signature!("($self, /)"), |vm, a| {
        int_unary(vm, a, int_neg)
    });
    add_method(g, t, "__abs__", signature!("($self, /)"), |vm, a| {
        int_unary(vm, a, int_abs)
    });
    add_method(g, t, "__invert__", signature!("($self, /)"), |vm, a| {
        int_unary(vm, a, int_invert)
    });
    add_method(g, t, "__add__", signature!("($self, value, /)"), |vm, a| {
        int_binary(vm, a, BinOp::Add, false)
    });
    add_method(
        g,
        t,
        "__radd__",
        signature!("($self, value, /)"),
        |vm, a| int_binary(vm, a, BinOp::Add, true),
    );
    add_method(g, t, "__sub__", signature!("($self, value, /)"), |vm, a| {
        int_binary(vm, a, BinOp::Subtract, false)
    });
    add_method(
        g,
        t,
        "__rsub__",
        signature!("($self, value, /)"),
        |vm, a| int_binary(vm, a, BinOp::Subtract, true),
    );
    add_method(g, t, "__mul__", signature!("($self, value, /)"), |vm, a| {
        int_binary(vm, a, BinOp::Multiply, false)
    });
    add_method(
        g,
        t,
        "__rmul__",
        signature!("($self, value, /)"),
        |vm, a| int_binary(vm, a, BinOp::Multiply, true),
    );
    add_method(
        g,
        t,
        "__floordiv__",
        signature!("($self, value, /)"),
        |vm, a| int_binary(vm, a, BinOp::FloorDivide, false),
    );
    add_method(
        g,
        t,
        "__rfloordiv__",
        signature!("($self, value, /)"),
        |vm, a| int_binary(vm, a, BinOp::FloorDivide, true),
    );
    add_method(
        g,
        t,
        "__truediv__",
        signature!("($self, value, /)"),
        |vm, a| int_binary(vm, a, BinOp::TrueDivide, false),
    );
    add_method(
        g,
        t,
        "__rtruediv__",
        signature!("($self, value, /)"),
        |vm, a| int_binary(vm, a, BinOp::TrueDivide, true),
    );
    add_method(g, t, "__mod__", signature!("($self, value, /)"), |vm, a| {
        int_binary(vm, a, BinOp::Remainder, false)
    });
    add_method(
        g,
        t,
        "__rmod__",
        signature!("($self, value, /)"),
        |vm, a| int_binary(vm, a, BinOp::Remainder, true),
    );
    add_method(
        g,
        t,
        "__divmod__",
        signature!("($self, value, /)"),
        |vm, a| int_divmod_method(vm, a, false),
    );
    add_method(
        g,
        t,
        "__rdivmod__",
        signature!("($self, value, /)"),
        |vm, a| int_divmod_method(vm, a, true),
    );
    add_method(
        g,
        t,
        "__pow__",
        signature!("($self, value, mod=None, /)"),
        |vm, a| int_pow_method(vm, a, false),
    );
    add_method(
        g,
        t,
        "__rpow__",
        signature!("($self, value, mod=None, /)"),
        |vm, a| int_pow_method(vm, a, true),
    );
    add_method(
        g,
        t,
        "__lshift__",
        signature!("($self, value, /)"),
        |vm, a| int_binary(vm, a, BinOp::Lshift, false),
    );
    add_method(
        g,
        t,
        "__rlshift__",
        signature!("($self, value, /)"),
        |vm, a| int_binary(vm, a, BinOp::Lshift, true),
    );
    add_method(
        g,
        t,
        "__rshift__",
        signature!("($self, value, /)"),
        |vm, a| int_binary(vm, a, BinOp::Rshift, false),
    );
    add_method(
        g,
        t,
        "__rrshift__",
        signature!("($self, value, /)"),
        |vm, a| int_binary(vm, a, BinOp::Rshift, true),
    );
    add_method(g, t, "__and__", signature!("($self, value, /)"), |vm, a| {
        int_binary(vm, a, BinOp::And, false)
    });
    add_method(
        g,
        t,
        "__rand__",
        signature!("($self, value, /)"),
        |vm, a| int_binary(vm, a, BinOp::And, true),
    );
    add_method(g, t, "__or__", signature!("($self, value, /)"), |vm, a| {
        int_binary(vm, a, BinOp::Or, false)
    });
    add_method(g, t, "__ror__", signature!("($self, value, /)"), |vm, a| {
        int_binary(vm, a, BinOp::Or, true)
    });
    add_method(g, t, "__xor__", signature!("($self, value, /)"), |vm, a| {
        int_binary(vm, a, BinOp::Xor, false)
    });
    add_method(
        g,
        t,
        "__rxor__",
        signature!("($self, value, /)"),
        |vm, a| int_binary(vm, a, BinOp::Xor, true),
    );
    add_method(g, t, "__eq__", signature!("($self, value, /)"), |vm, a| {
        int_compare(vm, a, CmpOp::Eq)
    });
    add_method(g, t, "__ne__", signature!("($self, value, /)"), |vm, a| {
        int_compare(vm, a, CmpOp::Ne)
    });
    add_method(g, t, "__lt__", signature!("($self, value, /)"), |vm, a| {
        int_compare(vm, a, CmpOp::Lt)
    });
    add_method(g, t, "__le__", signature!("($self, value, /)"), |vm, a| {
        int_compare(vm, a, CmpOp::Le)
    });
    add_method(g, t, "__gt__", signature!("($self, value, /)"), |vm, a| {
        int_compare(vm, a, CmpOp::Gt)
    });
    add_method(g, t, "__ge__", signature!("($self, value, /)"), |vm, a| {
        int_compare(vm, a, CmpOp::Ge)
    });
    add_method(g, t, "bit_length", signature!("($self, /)"), int_bit_length);
    add_method(g, t, "bit_count", signature!("($self, /)"), int_bit_count);
    add_method(
        g,
        t,
        "to_bytes",
        signature!("($self, /, length=1, byteorder='big', *, signed=False)"),
        int_to_bytes,
    );
    add_classmethod(
        g,
        t,
        "from_bytes",
        signature!("($type, /, bytes, byteorder='big', *, signed=False)"),
        int_from_bytes,
    );
    add_method(
        g,
        t,
        "as_integer_ratio",
        signature!("($self, /)"),
        int_as_integer_ratio,
    );
    add_method(
        g,
        t,
        "conjugate",
        signature!(hidden "($self, /)"),
        int_conjugate,
    );
    add_method(
        g,
        t,
        "__getnewargs__",
        signature!("($self, /)"),
        int_getnewargs,
    );
    add_method(g, t, "__sizeof__", signature!("($self, /)"), int_sizeof);
    add_getset(g, t, "real", get_exact, None);
    add_getset(g, t, "imag", get_zero, None);
    add_getset(g, t, "numerator", get_exact, None);
    add_getset(g, t, "denominator", get_one, None);
    add_doc(
        g,
        t,
        "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4",
    );

    let b = &g.bool_;
    add_static(
        g,
        b,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        bool_new,
    );
    add_method(g, b, "__repr__", signature!("($self, /)"), bool_repr);
    add_method(g, b, "__and__", signature!("($self, value, /)"), |vm, a| {
        bool_bitop(vm, a, BinOp::And)
    });
    add_method(
        g,
        b,
        "__rand__",
        signature!("($self, value, /)"),
        |vm, a| bool_bitop(vm, a, BinOp::And),
    );
    add_method(g, b, "__or__", signature!("($self, value, /)"), |vm, a| {
        bool_bitop(vm, a, BinOp::Or)
    });
    add_method(g, b, "__ror__", signature!("($self, value, /)"), |vm, a| {
        bool_bitop(vm, a, BinOp::Or)
    });
    add_method(g, b, "__xor__", signature!("($self, value, /)"), |vm, a| {
        bool_bitop(vm, a, BinOp::Xor)
    });
    add_method(
        g,
        b,
        "__rxor__",
        signature!("($self, value, /)"),
        |vm, a| bool_bitop(vm, a, BinOp::Xor),
    );
    add_doc(
        g,
        b,
        "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed.",
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ratio(n: &str, d: &str) -> Option<f64> {
        ratio_to_f64(&n.parse().unwrap(), &d.parse().unwrap())
    }

    #[test]
    fn division_rounds_once() {
        assert_eq!(ratio("1", "3"), Some(1.0 / 3.0));
        assert_eq!(ratio("2", "3"), Some(2.0 / 3.0));
        let big = BigUint::from(10u8).pow(400u32);
        let n = &big * 10u8;
        assert_eq!(ratio_to_f64(&n, &big), Some(10.0));
        // 2**-1075 is half the smallest subnormal: a tie, to even (zero).
        let one = BigUint::one();
        assert_eq!(ratio_to_f64(&one, &(&one << 1075u32)), Some(0.0));
        assert_eq!(
            ratio_to_f64(&BigUint::from(3u8), &(&one << 1076u32)),
            Some(5e-324)
        );
        assert_eq!(ratio_to_f64(&one, &(&one << 1074u32)), Some(5e-324));
        assert_eq!(ratio_to_f64(&(&one << 1024u32), &one), None);
    }

    #[test]
    fn big_to_float() {
        let x = Int::from_bigint(BigInt::from(9007199254740993u64) * BigInt::from(1u64 << 40));
        assert_eq!(x.to_f64(), Some(9007199254740992.0 * (1u64 << 40) as f64));
        let max = Int::from_bigint(f64_to_bigint(f64::MAX));
        assert_eq!(max.to_f64(), Some(f64::MAX));
        assert_eq!(f64_to_bigint(-2.5), BigInt::from(-2));
    }

    #[test]
    fn int_float_comparison_is_exact() {
        let n = Int::from_bigint(BigInt::from(1u64 << 53) + 1);
        assert_eq!(cmp_int_f64(&n, 9007199254740992.0), Some(Ordering::Greater));
        assert_eq!(cmp_int_f64(&Int::from_i64(3), 3.5), Some(Ordering::Less));
        assert_eq!(
            cmp_int_f64(&Int::from_i64(-3), -3.5),
            Some(Ordering::Greater)
        );
        assert_eq!(cmp_int_f64(&Int::from_i64(0), f64::NAN), None);
    }
}
