//! Integers to text in any base, with CPython's limit on decimal digits,
//! and integers to float.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use crate::error::FormatError;

/// `sys.int_info.default_max_str_digits`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// `sys.int_info.str_digits_check_threshold`: the smallest non-zero limit
/// `sys.set_int_max_str_digits()` accepts; shorter inputs are never checked.
pub const MAX_STR_DIGITS_THRESHOLD: usize = 640;

/// Fails when a decimal string of `digits` digits (sign excluded) is over
/// `limit`; a limit of 0 means none. This is the int to str direction.
pub fn check_int_str_digits(digits: usize, limit: usize) -> Result<(), FormatError> {
    if limit > 0 && digits > limit {
        return Err(too_many_digits(limit));
    }
    Ok(())
}

fn too_many_digits(limit: usize) -> FormatError {
    FormatError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// `str(n)`: decimal digits with a leading `-`, refused past `max_digits`
/// digits (0 = unlimited).
pub fn int_to_decimal_string(value: &BigInt, max_digits: usize) -> Result<String, FormatError> {
    if max_digits > 0 {
        // A value of b bits has at least floor((b - 1) * log10(2)) + 1
        // digits: refuse hopeless cases before paying for the conversion
        // (with a digit to spare for the float estimate).
        let bits = value.bits().saturating_sub(1);
        let fewest_digits = (bits as f64 * std::f64::consts::LOG10_2) as u64 + 1;
        if fewest_digits > max_digits as u64 + 1 {
            return Err(too_many_digits(max_digits));
        }
    }
    let text = value.to_str_radix(10);
    let digits = text.len() - usize::from(value.is_negative());
    check_int_str_digits(digits, max_digits)?;
    Ok(text)
}

/// The digits of `|value|` in `radix`, lower case; decimal output obeys
/// the digit limit as `str()` does.
pub(crate) fn magnitude_digits(
    value: &BigInt,
    radix: u32,
    max_str_digits: usize,
) -> Result<String, FormatError> {
    if radix == 10 {
        let mut text = int_to_decimal_string(value, max_str_digits)?;
        if value.is_negative() {
            text.remove(0);
        }
        Ok(text)
    } else {
        Ok(value.magnitude().to_str_radix(radix))
    }
}

/// `bin()`, `oct()`, `hex()` and other bases up to 36: lower-case digits
/// after an optional `-`, with `0b`/`0o`/`0x` when `with_prefix` is set and
/// the base has one. Decimal output here ignores the digit limit.
pub fn int_to_str_radix(value: &BigInt, radix: u32, with_prefix: bool) -> String {
    let digits = value.magnitude().to_str_radix(radix);
    let prefix = match (with_prefix, radix) {
        (true, 2) => "0b",
        (true, 8) => "0o",
        (true, 16) => "0x",
        _ => "",
    };
    let sign = if value.sign() == Sign::Minus { "-" } else { "" };
    format!("{sign}{prefix}{digits}")
}

/// `float(n)`: correctly rounded (ties to even), `None` when the rounded
/// value does not fit ("int too large to convert to float").
pub fn int_to_f64(value: &BigInt) -> Option<f64> {
    if value.is_zero() {
        return Some(0.0);
    }
    // num-bigint keeps the bits below the 64 it converts as a sticky bit,
    // so the conversion rounds once, correctly.
    value.to_f64().filter(|x| x.is_finite())
}

pub(crate) fn int_too_large_for_float() -> FormatError {
    FormatError::overflow("int too large to convert to float")
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::{One, Pow};

    fn big(text: &str) -> BigInt {
        text.parse().unwrap()
    }

    #[test]
    fn radix_strings() {
        assert_eq!(int_to_str_radix(&big("-31"), 16, true), "-0x1f");
        assert_eq!(int_to_str_radix(&big("0"), 2, true), "0b0");
        assert_eq!(int_to_str_radix(&big("8"), 8, true), "0o10");
        assert_eq!(int_to_str_radix(&big("-35"), 36, false), "-z");
        assert_eq!(int_to_str_radix(&big("-10"), 10, true), "-10");
    }

    #[test]
    fn decimal_digit_limit() {
        let nines = BigInt::from(10).pow(4300u32) - 1;
        assert_eq!(int_to_decimal_string(&nines, 4300).unwrap().len(), 4300);
        assert_eq!(int_to_decimal_string(&-&nines, 4300).unwrap().len(), 4301);
        let message = "Exceeds the limit (4300 digits) for integer string conversion; \
                       use sys.set_int_max_str_digits() to increase the limit";
        let ten_pow = BigInt::from(10).pow(4300u32);
        assert_eq!(
            int_to_decimal_string(&ten_pow, 4300).unwrap_err().message,
            message
        );
        let huge = BigInt::one() << 100_000usize;
        assert_eq!(
            int_to_decimal_string(&huge, 4300).unwrap_err().message,
            message
        );
        assert_eq!(int_to_decimal_string(&ten_pow, 0).unwrap().len(), 4301);
        assert!(check_int_str_digits(4300, 4300).is_ok());
        assert!(check_int_str_digits(5000, 0).is_ok());
    }

    #[test]
    fn float_conversion_rounds_once() {
        let two = BigInt::from(2);
        assert_eq!(
            int_to_f64(&big("9007199254740993")),
            Some(9007199254740992.0)
        );
        assert_eq!(
            int_to_f64(&big("9007199254740995")),
            Some(9007199254740996.0)
        );
        assert_eq!(
            int_to_f64(&big("-12345678901234567890")),
            Some(-1.2345678901234567e19)
        );
        let top = two.clone().pow(1024u32) - two.pow(970u32);
        assert_eq!(int_to_f64(&top), None);
        let largest = &top - BigInt::one();
        assert_eq!(int_to_f64(&largest), Some(f64::MAX));
        assert_eq!(int_to_f64(&-largest), Some(f64::MIN));
    }
}
