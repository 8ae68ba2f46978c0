//! `float(text)`.

use crate::error::ParseFloatError;
use crate::repr::{python_bytes_repr, python_str_repr};
use crate::unicode::numeric_ascii;

/// `float(text)` for a str: surrounding whitespace, other scripts' digits,
/// PEP 515 underscores between digits, `inf`, `infinity` and `nan` in any
/// case with a sign; no hexadecimal. Out of range values become infinities
/// or zeros, as in CPython.
pub fn parse_float(text: &str) -> Result<f64, ParseFloatError> {
    parse_ascii(&numeric_ascii(text)).ok_or_else(|| ParseFloatError {
        message: format!(
            "could not convert string to float: {}",
            python_str_repr(text)
        ),
    })
}

/// `float(data)` for bytes and bytearray (ASCII only).
pub fn parse_float_bytes(data: &[u8]) -> Result<f64, ParseFloatError> {
    parse_ascii(data).ok_or_else(|| ParseFloatError {
        message: format!(
            "could not convert string to float: {}",
            python_bytes_repr(data)
        ),
    })
}

fn parse_ascii(data: &[u8]) -> Option<f64> {
    let cleaned = remove_underscores(data)?;
    let text = std::str::from_utf8(&cleaned).ok()?;
    let text = text.trim_matches(|c: char| c.is_ascii() && is_c_space(c as u8));
    if !is_float_literal(text) {
        return None;
    }
    // The grammar checked above is a subset of what Rust's parser takes,
    // and Rust rounds correctly, as CPython's dtoa does.
    text.parse().ok()
}

/// Drops underscores that sit between two digits; any other underscore
/// makes the whole text invalid.
fn remove_underscores(data: &[u8]) -> Option<Vec<u8>> {
    if !data.contains(&b'_') {
        return Some(data.to_vec());
    }
    let mut out = Vec::with_capacity(data.len());
    let mut previous = 0u8;
    for &c in data {
        if c == b'_' {
            if !previous.is_ascii_digit() {
                return None;
            }
        } else {
            if previous == b'_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        previous = c;
    }
    (previous != b'_').then_some(out)
}

/// `[sign] (inf | infinity | nan | mantissa [exponent])` where the mantissa
/// has at least one digit around an optional point.
fn is_float_literal(text: &str) -> bool {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    if ["inf", "infinity", "nan"]
        .iter()
        .any(|word| unsigned.eq_ignore_ascii_case(word))
    {
        return true;
    }
    let bytes = unsigned.as_bytes();
    let digits = |from: usize| {
        bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let mut pos = digits(0);
    let mut mantissa_digits = pos;
    if bytes.get(pos) == Some(&b'.') {
        pos += 1;
        let fraction = digits(pos);
        pos += fraction;
        mantissa_digits += fraction;
    }
    if mantissa_digits == 0 {
        return false;
    }
    if matches!(bytes.get(pos), Some(b'e' | b'E')) {
        pos += 1;
        if matches!(bytes.get(pos), Some(b'+' | b'-')) {
            pos += 1;
        }
        let exponent = digits(pos);
        if exponent == 0 {
            return false;
        }
        pos += exponent;
    }
    pos == bytes.len()
}

fn is_c_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn float(text: &str) -> Result<f64, String> {
        parse_float(text).map_err(|e| e.message)
    }

    fn invalid(text: &str) {
        let want = format!(
            "could not convert string to float: {}",
            python_str_repr(text)
        );
        assert_eq!(float(text), Err(want), "{text:?}");
    }

    #[test]
    fn accepted() {
        let cases: &[(&str, f64)] = &[
            ("1.5", 1.5),
            (" 1.5 ", 1.5),
            ("1_0.5", 10.5),
            ("1e1_0", 1e10),
            (".5", 0.5),
            ("5.", 5.0),
            ("1.e5", 1e5),
            ("+.5", 0.5),
            ("-.5", -0.5),
            ("+.5e-3", 0.0005),
            ("0001.000", 1.0),
            ("1_000.000_1", 1000.0001),
            ("0.1e1_0", 1e9),
            ("00_1", 1.0),
            ("1.5E+3", 1500.0),
            ("\x0c1.5\x0b", 1.5),
            ("\u{661}.\u{665}", 1.5),
            ("\u{661}_\u{662}.5", 12.5),
            ("\u{a0}1.5\u{3000}", 1.5),
            ("\u{2000}1", 1.0),
            ("1e500", f64::INFINITY),
            ("-1e500", f64::NEG_INFINITY),
            ("1e-400", 0.0),
            ("1e99999999999999999999", f64::INFINITY),
            ("-inf", f64::NEG_INFINITY),
            ("+Infinity", f64::INFINITY),
            ("iNfInItY", f64::INFINITY),
            ("4.9e-324", 5e-324),
            ("2.4703282292062328e-324", 5e-324),
            ("2.4703282292062327e-324", 0.0),
            ("1.7976931348623158e308", f64::MAX),
            ("1.7976931348623159e308", f64::INFINITY),
            ("9007199254740993", 9007199254740992.0),
            ("0.30000000000000004441", 0.30000000000000004),
            (
                "1.00000000000000011102230246251565404236316680908203125",
                1.0,
            ),
        ];
        for &(text, want) in cases {
            assert_eq!(float(text), Ok(want), "{text:?}");
        }
        assert!(float("nan").unwrap().is_nan());
        assert!(float("-NaN").unwrap().is_sign_negative());
        assert!(float("+nan").unwrap().is_sign_positive());
        assert!(float("-0").unwrap().is_sign_negative());
    }

    #[test]
    fn rejected() {
        for text in [
            "1__0",
            "1_.5",
            "1._5",
            "_1",
            "1_",
            "1e_1",
            "1_e1",
            "1e+_5",
            ".",
            "e5",
            ".e5",
            "1e",
            "1e+",
            "1.5e",
            "infinit",
            "inf_",
            "in_f",
            "infinity_",
            "-in",
            "0x1p3",
            "0x10",
            "+0x10",
            "\x1c1.5",
            "1.5\0",
            "",
            "  ",
            "+",
            "1.5j",
            "nan(123)",
            "+-1",
            "1 2",
        ] {
            invalid(text);
        }
        let long = "a".repeat(300);
        assert_eq!(float(&long).unwrap_err().len(), 35 + 302);
    }

    #[test]
    fn bytes() {
        assert_eq!(parse_float_bytes(b" 1_5.5 "), Ok(15.5));
        assert_eq!(
            parse_float_bytes(b"\xa01").unwrap_err().message,
            "could not convert string to float: b'\\xa01'"
        );
    }
}
