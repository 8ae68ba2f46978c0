//! Float to text: `repr(float)` and the shared engine behind format specs
//! and %-formatting of floats.

use crate::error::FormatError;

/// The four ways CPython lays out a float's digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatStyle {
    /// `e`: one digit, point, `precision` digits, exponent.
    Exponent,
    /// `f`: `precision` digits after the point.
    Fixed,
    /// `g`: `precision` significant digits, positional or exponent.
    General,
    /// `repr`: the shortest digits that round-trip.
    Shortest,
}

/// What a single float conversion asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FloatFormat {
    pub style: FloatStyle,
    /// Ignored for `Shortest`.
    pub precision: i32,
    /// `E`, `F`, `G`: upper-case exponent letter, `INF` and `NAN`.
    pub upper: bool,
    /// `#`: keep the point and, for `g`, trailing zeros.
    pub alternate: bool,
    /// Positional results without a point get `.0` (repr, and format specs
    /// without a type); for `g` it also moves the switch to exponent
    /// notation one digit earlier.
    pub add_dot_0: bool,
    /// `z`: a result that rounds to zero loses its minus sign.
    pub no_negative_zero: bool,
}

impl FloatFormat {
    pub fn new(style: FloatStyle, precision: i32) -> Self {
        Self {
            style,
            precision,
            upper: false,
            alternate: false,
            add_dot_0: false,
            no_negative_zero: false,
        }
    }
}

/// `repr(x)` and `str(x)` for a float: at most 24 characters, so it is
/// built like any small string.
pub fn float_repr(x: f64) -> String {
    let mut format = FloatFormat::new(FloatStyle::Shortest, 0);
    format.add_dot_0 = true;
    let mut out = String::new();
    write_double(&mut out, x, &format, |_, _| Ok(()))
        .unwrap_or_else(|never: std::convert::Infallible| match never {});
    out
}

/// CPython's `PyOS_double_to_string`: sign (only `-`), digits, point and
/// exponent, without padding. The precision is the program's, so the text
/// can be gigabytes: its memory is reserved up front, and a reservation
/// the allocator refuses is a `MemoryError`.
pub fn double_to_string(x: f64, format: &FloatFormat) -> Result<String, FormatError> {
    let mut out = String::new();
    write_double(&mut out, x, format, |out, needed| {
        crate::request::reserve(out, needed)
    })?;
    Ok(out)
}

/// Writes `x` into `out`, first calling `reserve` with an upper bound of
/// the bytes it writes.
fn write_double<E>(
    out: &mut String,
    x: f64,
    format: &FloatFormat,
    reserve: impl FnOnce(&mut String, usize) -> Result<(), E>,
) -> Result<(), E> {
    if x.is_nan() {
        out.push_str(if format.upper { "NAN" } else { "nan" });
        return Ok(());
    }
    if x.is_infinite() {
        if x < 0.0 {
            out.push('-');
        }
        out.push_str(if format.upper { "INF" } else { "inf" });
        return Ok(());
    }
    let (digits, decpt, significant) = match format.style {
        FloatStyle::Shortest => {
            let (digits, decpt) = shortest_digits(x);
            (digits, decpt, 0)
        }
        // The count wraps like CPython's int does at precision INT_MAX, and
        // anything not positive asks for a single digit.
        FloatStyle::Exponent => {
            let count = format.precision.wrapping_add(1);
            let (digits, decpt) = significant_digits(x, count.max(1) as usize);
            (digits, decpt, count)
        }
        FloatStyle::General => {
            let count = format.precision.max(1);
            let (digits, decpt) = significant_digits(x, count as usize);
            (digits, decpt, count)
        }
        FloatStyle::Fixed => {
            let (digits, decpt) = fixed_digits(x, format.precision.max(0) as usize);
            (digits, decpt, 0)
        }
    };
    let is_zero = digits == b"0";
    // Sign, "0.", the digits, zeros up to the point or the precision, the
    // point and an exponent of at most "e-324".
    let zeros = i64::from(decpt).unsigned_abs() + u64::from(format.precision.unsigned_abs());
    let bound = usize::try_from(zeros).unwrap_or(usize::MAX);
    reserve(out, bound.saturating_add(digits.len() + 16))?;
    if x.is_sign_negative() && !(format.no_negative_zero && is_zero) {
        out.push('-');
    }
    lay_out_digits(out, &digits, decpt, significant, format);
    Ok(())
}

/// Places the point, padding zeros and exponent around a digit string whose
/// value is `0.DIGITS * 10**decpt`.
fn lay_out_digits(
    out: &mut String,
    digits: &[u8],
    decpt: i32,
    significant: i32,
    format: &FloatFormat,
) {
    let digits_len = digits.len() as i64;
    let mut decpt = i64::from(decpt);
    let mut use_exp = false;
    let mut end = digits_len;
    match format.style {
        FloatStyle::Exponent => {
            use_exp = true;
            end = i64::from(significant);
        }
        FloatStyle::Fixed => end = decpt + i64::from(format.precision.max(0)),
        FloatStyle::General => {
            let limit = i64::from(significant) - i64::from(format.add_dot_0);
            use_exp = decpt <= -4 || decpt > limit;
            if format.alternate {
                end = i64::from(significant);
            }
        }
        FloatStyle::Shortest => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exponent = 0;
    if use_exp {
        exponent = decpt - 1;
        decpt = 1;
    }
    let min_end = if !use_exp && format.add_dot_0 {
        decpt + 1
    } else {
        decpt
    };
    end = end.max(min_end);

    if decpt <= 0 {
        out.push_str("0.");
        push_zeros(out, -decpt);
    }
    let digits = std::str::from_utf8(digits).unwrap_or_default();
    if 0 < decpt && decpt <= digits_len {
        let split = decpt as usize;
        out.push_str(&digits[..split]);
        out.push('.');
        out.push_str(&digits[split..]);
        push_zeros(out, end - digits_len);
    } else {
        out.push_str(digits);
        if digits_len < decpt {
            push_zeros(out, decpt - digits_len);
            out.push('.');
            push_zeros(out, end - decpt);
        } else {
            push_zeros(out, end - digits_len);
        }
    }
    if out.ends_with('.') && !format.alternate {
        out.pop();
    }
    if use_exp {
        out.push(if format.upper { 'E' } else { 'e' });
        out.push(if exponent < 0 { '-' } else { '+' });
        let magnitude = exponent.unsigned_abs();
        if magnitude < 10 {
            out.push('0');
        }
        out.push_str(&magnitude.to_string());
    }
}

fn push_zeros(out: &mut String, count: i64) {
    out.extend(std::iter::repeat_n('0', count.max(0) as usize));
}

/// No double has more significant decimal digits than this (767 at most),
/// nor more than 1074 digits after the point: asking Rust for more only
/// adds zeros, which the layout adds itself.
const MAX_EXACT_SIGNIFICANT: usize = 800;
const MAX_EXACT_PLACES: usize = 1100;

// Rust's float formatting with a precision is exact, rounding ties to even
// on the exact binary value, as David Gay's dtoa does for CPython.

/// The shortest round-tripping digits of `|x|` and the point position.
fn shortest_digits(x: f64) -> (Vec<u8>, i32) {
    let x = x.abs();
    let shortest = format!("{x:e}");
    // When two strings of that length round-trip and sit equally far from
    // the value, Rust takes the upper one and dtoa the even one; the
    // correctly rounded string of that length settles it whenever it
    // round-trips itself. Two such candidates, 10**-n apart relatively,
    // fit in one rounding interval only if that is below the relative
    // spacing of floats, 2**-52: only when n >= 16 or the value is
    // subnormal, where the spacing is coarser.
    let (digits, decpt) = split_scientific(&shortest);
    if digits.len() < 16 && x >= f64::MIN_POSITIVE {
        return (digits, decpt);
    }
    let rounded = format!("{:.*e}", digits.len() - 1, x);
    if rounded != shortest && rounded.parse::<f64>() == Ok(x) {
        return split_scientific(&rounded);
    }
    (digits, decpt)
}

/// `|x|` correctly rounded to `count` significant digits, trailing zeros
/// dropped.
fn significant_digits(x: f64, count: usize) -> (Vec<u8>, i32) {
    let count = count.min(MAX_EXACT_SIGNIFICANT);
    let (mut digits, decpt) = split_scientific(&format!("{:.*e}", count - 1, x.abs()));
    trim_trailing_zeros(&mut digits);
    (digits, decpt)
}

/// `|x|` correctly rounded to `places` digits after the point, trailing and
/// leading zeros dropped; a result of zero is the single digit `0`.
fn fixed_digits(x: f64, places: usize) -> (Vec<u8>, i32) {
    let text = format!("{:.*}", places.min(MAX_EXACT_PLACES), x.abs());
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let mut digits: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
    let leading = digits.iter().take_while(|&&d| d == b'0').count();
    if leading == digits.len() {
        return (vec![b'0'], 1);
    }
    digits.drain(..leading);
    trim_trailing_zeros(&mut digits);
    (digits, int_part.len() as i32 - leading as i32)
}

/// Splits Rust's `D.DDDeN` into digits and CPython's point position `N+1`.
fn split_scientific(text: &str) -> (Vec<u8>, i32) {
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
    let digits: Vec<u8> = mantissa.bytes().filter(|&b| b != b'.').collect();
    let exponent: i32 = exponent.parse().unwrap_or(0);
    if digits.iter().all(|&d| d == b'0') {
        return (vec![b'0'], 1);
    }
    (digits, exponent + 1)
}

fn trim_trailing_zeros(digits: &mut Vec<u8>) {
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_positional_and_scientific() {
        let cases: &[(f64, &str)] = &[
            (1.0, "1.0"),
            (100.0, "100.0"),
            (0.1, "0.1"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (1.5e-7, "1.5e-07"),
            (123456789.125, "123456789.125"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (0.30000000000000004, "0.30000000000000004"),
            (1e100, "1e+100"),
            (-1.5e300, "-1.5e+300"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2.0f64.powi(63), "9.223372036854776e+18"),
            // Exactly halfway between two 17-digit candidates: the even one.
            (-5849874349264405.0 / 4.0, "-1462468587316101.2"),
            (639213906522869.0 / 8.0, "79901738315358.62"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "{x:e}");
        }
    }

    fn render(x: f64, style: FloatStyle, precision: i32, alternate: bool) -> String {
        let mut format = FloatFormat::new(style, precision);
        format.alternate = alternate;
        double_to_string(x, &format).expect("small precision")
    }

    #[test]
    fn styles_round_half_even_on_exact_values() {
        assert_eq!(render(2.5, FloatStyle::Fixed, 0, false), "2");
        assert_eq!(render(0.125, FloatStyle::Fixed, 2, false), "0.12");
        assert_eq!(render(0.375, FloatStyle::Fixed, 2, false), "0.38");
        assert_eq!(render(2.675, FloatStyle::Fixed, 2, false), "2.67");
        assert_eq!(render(2.5, FloatStyle::Exponent, 0, false), "2e+00");
        assert_eq!(render(2.5, FloatStyle::Exponent, 0, true), "2.e+00");
        assert_eq!(render(2.5, FloatStyle::Fixed, 0, true), "2.");
    }

    #[test]
    fn general_style() {
        assert_eq!(
            render(1234567.0, FloatStyle::General, 6, false),
            "1.23457e+06"
        );
        assert_eq!(render(100.0, FloatStyle::General, 6, true), "100.000");
        assert_eq!(render(0.0, FloatStyle::General, 6, true), "0.00000");
        assert_eq!(render(0.0001, FloatStyle::General, 3, false), "0.0001");
        assert_eq!(render(0.00001, FloatStyle::General, 3, false), "1e-05");
        assert_eq!(render(123456.0, FloatStyle::General, 6, false), "123456");
        assert_eq!(render(1e-7, FloatStyle::General, 6, true), "1.00000e-07");
        assert_eq!(render(1.5, FloatStyle::General, 0, false), "2");
    }

    #[test]
    fn huge_fixed_precision_and_wrapping_exponent_precision() {
        let text = render(1e300, FloatStyle::Fixed, 2, false);
        assert_eq!(text.len(), 301 + 3);
        assert!(text.starts_with("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"));
        assert_eq!(render(1.5, FloatStyle::Exponent, i32::MAX, false), "2e+00");
        // The exact expansion of 5e-324 ends 1074 places after the point.
        let tiny = render(5e-324, FloatStyle::Fixed, 1200, false);
        assert_eq!(tiny.len(), 1202);
        assert_eq!(&tiny[1066..1076], "3447265625");
        assert!(tiny[1076..].bytes().all(|b| b == b'0'));
        let tiny = render(5e-324, FloatStyle::Exponent, 900, false);
        assert!(tiny.starts_with("4.9406564584124654417656879286"));
        let mantissa = tiny.strip_suffix("e-324").unwrap();
        assert!(mantissa.trim_end_matches('0').ends_with("447265625"));
        assert_eq!(tiny.len(), 907);
    }
}
