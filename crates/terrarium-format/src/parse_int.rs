//! `int(text, base)`.

use num_bigint::{BigInt, BigUint, Sign};

use crate::error::ParseIntError;
use crate::int_text::MAX_STR_DIGITS_THRESHOLD;
use crate::repr::{python_bytes_repr, python_str_repr};
use crate::unicode::numeric_ascii;

/// `int(text, base)` for a str. `base` is 0 (infer from the prefix, as in
/// source code) or 2..=36; the VM maps any other value, negative ones
/// included, to something outside that range. `max_digits` is
/// `sys.get_int_max_str_digits()` (0 = unlimited); only bases that are not
/// powers of two are limited.
pub fn parse_int(text: &str, base: u32, max_digits: usize) -> Result<BigInt, ParseIntError> {
    parse_ascii(&numeric_ascii(text), base, max_digits).map_err(|failure| {
        failure.into_error(base, || {
            // CPython cuts the repr to 200 characters, closing quote and all.
            python_str_repr(text).chars().take(200).collect()
        })
    })
}

/// `int(data, base)` for bytes and bytearray: ASCII only, and the message
/// quotes at most the first 200 bytes.
pub fn parse_int_bytes(data: &[u8], base: u32, max_digits: usize) -> Result<BigInt, ParseIntError> {
    parse_ascii(data, base, max_digits).map_err(|failure| {
        failure.into_error(base, || python_bytes_repr(&data[..data.len().min(200)]))
    })
}

enum Failure {
    BadBase,
    Invalid,
    TooManyDigits { limit: usize, digits: usize },
}

impl Failure {
    fn into_error(self, base: u32, quoted: impl FnOnce() -> String) -> ParseIntError {
        let message = match self {
            Failure::BadBase => "int() base must be >= 2 and <= 36, or 0".to_owned(),
            Failure::Invalid => format!("invalid literal for int() with base {base}: {}", quoted()),
            Failure::TooManyDigits { limit, digits } => format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: \
                 value has {digits} digits; use sys.set_int_max_str_digits() \
                 to increase the limit"
            ),
        };
        ParseIntError { message }
    }
}

fn parse_ascii(data: &[u8], base: u32, max_digits: usize) -> Result<BigInt, Failure> {
    if base == 1 || base > 36 {
        return Err(Failure::BadBase);
    }
    let mut pos = 0;
    let at = |pos: usize| data.get(pos).copied().unwrap_or(0);
    while is_c_space(at(pos)) {
        pos += 1;
    }
    let negative = at(pos) == b'-';
    if matches!(at(pos), b'+' | b'-') {
        pos += 1;
    }
    let prefix_base = match at(pos + 1).to_ascii_lowercase() {
        b'x' => 16,
        b'o' => 8,
        b'b' => 2,
        _ => 0,
    };
    let mut base = base;
    // Base 0 takes C's old octal "010" as an error, though zeros are fine.
    let mut zero_only = false;
    if base == 0 {
        base = match (at(pos), prefix_base) {
            (b'0', 0) => {
                zero_only = true;
                10
            }
            (b'0', inferred) => inferred,
            _ => 10,
        };
    }
    if at(pos) == b'0' && prefix_base == base {
        pos += 2;
        if at(pos) == b'_' {
            pos += 1;
        }
    }
    let start = pos;
    let mut digits = Vec::new();
    let mut previous = 0;
    loop {
        let c = at(pos);
        if c == b'_' {
            if previous == b'_' {
                return Err(Failure::Invalid);
            }
        } else if let Some(value) = digit_value(c).filter(|&v| v < base) {
            digits.push(value as u8);
        } else {
            break;
        }
        previous = c;
        pos += 1;
    }
    if pos == start || previous == b'_' || at(start) == b'_' {
        return Err(Failure::Invalid);
    }
    if !base.is_power_of_two()
        && digits.len() > MAX_STR_DIGITS_THRESHOLD
        && max_digits > 0
        && digits.len() > max_digits
    {
        return Err(Failure::TooManyDigits {
            limit: max_digits,
            digits: digits.len(),
        });
    }
    while is_c_space(at(pos)) {
        pos += 1;
    }
    if pos != data.len() {
        return Err(Failure::Invalid);
    }
    let magnitude = BigUint::from_radix_be(&digits, base).ok_or(Failure::Invalid)?;
    if zero_only && magnitude != BigUint::default() {
        return Err(Failure::Invalid);
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// C's `isspace` in the "C" locale, which CPython's number parsers use.
fn is_c_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn digit_value(c: u8) -> Option<u32> {
    char::from(c).to_digit(36)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(text: &str, base: u32) -> Result<String, String> {
        parse_int(text, base, 4300)
            .map(|n| n.to_string())
            .map_err(|e| e.message)
    }

    fn ok(text: &str, base: u32, want: &str) {
        assert_eq!(int(text, base), Ok(want.to_owned()), "{text:?} base {base}");
    }

    fn invalid(text: &str, base: u32) {
        let quoted: String = python_str_repr(text).chars().take(200).collect();
        let want = format!("invalid literal for int() with base {base}: {quoted}");
        assert_eq!(int(text, base), Err(want), "{text:?} base {base}");
    }

    #[test]
    fn accepted() {
        ok("0", 0, "0");
        ok("-0", 10, "0");
        ok("+5", 0, "5");
        ok(" 12 ", 10, "12");
        ok("\t\n12\x0b\x0c\r", 0, "12");
        ok("1_000", 0, "1000");
        ok("0x1f", 0, "31");
        ok("0X1F", 0, "31");
        ok("-0x1f", 0, "-31");
        ok("0b101", 0, "5");
        ok("0o17", 0, "15");
        ok("0_1", 10, "1");
        ok("00", 0, "0");
        ok("0_0", 0, "0");
        ok("010", 10, "10");
        ok("0x_1", 0, "1");
        ok("0x1_f", 0, "31");
        ok("0b1_1", 0, "3");
        ok("ff", 16, "255");
        ok("0xff", 16, "255");
        ok("0x_ff", 16, "255");
        ok("0o_7", 8, "7");
        ok("zz", 36, "1295");
        ok("ZZ", 36, "1295");
        ok("0b11", 16, "2833");
        ok("9999999999999999999999", 10, "9999999999999999999999");
    }

    #[test]
    fn unicode_digits_and_spaces() {
        ok("\u{661}\u{662}\u{663}", 0, "123");
        ok("\u{a0}12\u{3000}", 10, "12");
        ok("\u{2028} 7 \u{85}", 0, "7");
        ok("\u{1d7ce}\u{1d7cf}", 10, "1");
        ok("\u{663}_\u{664}", 0, "34");
        invalid("\u{1d7ce}\u{1d7cf}", 0);
        // ASCII separators are str whitespace but not int() whitespace.
        invalid("\x1c12", 10);
        invalid("\x7f1", 10);
        invalid("\u{b2}", 10);
    }

    #[test]
    fn rejected() {
        for text in [
            "1__000", "_1", "1_", "0x1f", "1e5", "", "  ", "-", "+", "--1", "1 2", "0x", "0b",
            "12a", "1\0",
        ] {
            invalid(text, 10);
        }
        for text in ["010", "0_1", "0x", "0b", "\u{1d7ce}1"] {
            invalid(text, 0);
        }
        invalid("0x ff", 16);
        invalid("12", 2);
        invalid("z", 35);
        invalid("_ff", 16);
        invalid("0_xff", 16);
    }

    #[test]
    fn bad_base() {
        for base in [1, 37, u32::MAX] {
            assert_eq!(
                int("1", base),
                Err("int() base must be >= 2 and <= 36, or 0".to_owned())
            );
        }
    }

    #[test]
    fn long_inputs_are_quoted_to_200_characters() {
        let text = "a".repeat(250);
        let message = int(&text, 10).unwrap_err();
        let quoted = format!("'{}", "a".repeat(199));
        assert_eq!(
            message,
            format!("invalid literal for int() with base 10: {quoted}")
        );
    }

    #[test]
    fn digit_limit() {
        let limit = |digits: usize| {
            format!(
                "Exceeds the limit (4300 digits) for integer string conversion: \
                 value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            )
        };
        assert_eq!(int(&"1".repeat(4300), 10).map(|s| s.len()), Ok(4300));
        assert_eq!(int(&"1".repeat(4301), 10), Err(limit(4301)));
        // The count comes before the trailing junk is looked at.
        assert_eq!(int(&format!("{}x", "1".repeat(5000)), 10), Err(limit(5000)));
        assert_eq!(int(&format!("-{}", "1".repeat(5000)), 10), Err(limit(5000)));
        assert!(int(&"1_".repeat(4300), 10).is_err());
        assert_eq!(
            int(&format!("{}1", "1_".repeat(4300)), 10),
            Err(limit(4301))
        );
        assert_eq!(int(&"0".repeat(5000), 0), Err(limit(5000)));
        assert_eq!(int(&"1".repeat(5000), 36), Err(limit(5000)));
        assert!(int(&"1".repeat(5000), 16).is_ok());
        assert!(int(&"1".repeat(5000), 8).is_ok());
        invalid(&format!("x{}", "1".repeat(5000)), 10);
        invalid(&format!("{}_", "1".repeat(4301)), 10);
        assert!(parse_int(&"1".repeat(5000), 10, 0).is_ok());
    }

    #[test]
    fn bytes() {
        let message = |data: &[u8]| parse_int_bytes(data, 10, 4300).unwrap_err().message;
        assert_eq!(parse_int_bytes(b" 12 ", 10, 4300), Ok(BigInt::from(12)));
        assert_eq!(
            message(b"\xa01"),
            "invalid literal for int() with base 10: b'\\xa01'"
        );
        let long = b"1x".repeat(150);
        let quoted = format!("b'{}'", "1x".repeat(100));
        assert_eq!(
            message(&long),
            format!("invalid literal for int() with base 10: {quoted}")
        );
    }
}
