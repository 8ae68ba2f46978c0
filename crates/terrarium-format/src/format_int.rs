//! `format(int, spec)`.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::error::FormatError;
use crate::format_float::{decimal_grouping, render_float};
use crate::int_text::{int_to_f64, int_too_large_for_float, magnitude_digits};
use crate::layout::{NumberLayout, NumberParts};
use crate::spec::{Align, FormatSpec, Grouping, unknown_code};

/// `format(value, spec)` for an int; `type_name` names the type in
/// messages (`bool` for booleans, say) and `max_str_digits` is
/// `sys.get_int_max_str_digits()` (0 = unlimited), which decimal output
/// obeys.
pub fn format_int(
    value: &BigInt,
    spec: &FormatSpec,
    type_name: &str,
    max_str_digits: usize,
) -> Result<String, FormatError> {
    let type_char = spec.type_char.unwrap_or('d');
    spec.check_grouping(Some(type_char))?;
    match type_char {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {
            render_integer(value, spec, type_char, max_str_digits)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let value = int_to_f64(value).ok_or_else(int_too_large_for_float)?;
            render_float(value, spec)
        }
        other => Err(unknown_code(other, type_name)),
    }
}

fn render_integer(
    value: &BigInt,
    spec: &FormatSpec,
    type_char: char,
    max_str_digits: usize,
) -> Result<String, FormatError> {
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_negative_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let mut layout = NumberLayout {
        fill: spec.resolved_fill(),
        align: spec.resolved_align(Align::Right),
        sign: spec.sign,
        width: spec.width,
        grouping: None,
    };
    if type_char == 'c' {
        let character = code_point(value, spec)?;
        let mut buffer = [0; 4];
        return layout.render(&NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal_point: false,
            remainder: character.encode_utf8(&mut buffer),
        });
    }
    let (radix, prefix) = match type_char {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = magnitude_digits(value, radix, max_str_digits)?;
    if type_char == 'X' {
        digits.make_ascii_uppercase();
    }
    layout.grouping = match spec.grouping {
        Some(Grouping::Underscore) if radix != 10 => Some(('_', 4)),
        _ => decimal_grouping(spec),
    };
    layout.render(&NumberParts {
        negative: value.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal_point: false,
        remainder: "",
    })
}

/// The character `c` formats, after the checks CPython makes first.
fn code_point(value: &BigInt, spec: &FormatSpec) -> Result<char, FormatError> {
    if spec.sign.is_some() {
        return Err(FormatError::value(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    let as_long = value
        .to_i64()
        .ok_or_else(|| FormatError::overflow("Python int too large to convert to C long"))?;
    let cp = u32::try_from(as_long)
        .ok()
        .filter(|&cp| cp <= 0x10ffff)
        .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))?;
    char::from_u32(cp).ok_or_else(|| lone_surrogate(cp))
}

/// Rust strings cannot hold the lone surrogates CPython would produce.
fn lone_surrogate(cp: u32) -> FormatError {
    FormatError::value(format!(
        "cannot represent lone surrogate U+{cp:04X} in a string"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::Pow;

    fn fmt_with(value: &BigInt, spec: &str, type_name: &str) -> String {
        FormatSpec::parse(spec, type_name)
            .and_then(|parsed| format_int(value, &parsed, type_name, 4300))
            .unwrap_or_else(|e| format!("error: {e}"))
    }

    fn fmt(value: i64, spec: &str) -> String {
        fmt_with(&BigInt::from(value), spec, "int")
    }

    #[test]
    fn bases_and_prefixes() {
        assert_eq!(fmt(255, ""), "255");
        assert_eq!(fmt(-255, "x"), "-ff");
        assert_eq!(fmt(-255, "#x"), "-0xff");
        assert_eq!(fmt(0, "#x"), "0x0");
        assert_eq!(fmt(1234567, "#X"), "0X12D687");
        assert_eq!(fmt(-255, "#o"), "-0o377");
        assert_eq!(fmt(1234567, "#b"), "0b100101101011010000111");
        assert_eq!(fmt(-1234567, "n"), "-1234567");
        assert_eq!(fmt(255, "08b"), "11111111");
        assert_eq!(fmt(-255, "#010x"), "-0x00000ff");
        assert_eq!(fmt(1234567, "#010x"), "0x0012d687");
    }

    #[test]
    fn grouping() {
        assert_eq!(fmt(1234567, ","), "1,234,567");
        assert_eq!(fmt(-1234567, "_"), "-1_234_567");
        assert_eq!(fmt(-1234567, "_x"), "-12_d687");
        assert_eq!(fmt(1234567, "_b"), "1_0010_1101_0110_1000_0111");
        assert_eq!(fmt(-1234567, "#_b"), "-0b1_0010_1101_0110_1000_0111");
        assert_eq!(fmt(1234567, "_o"), "455_3207");
        assert_eq!(fmt(255, "020,"), "0,000,000,000,000,255");
        assert_eq!(fmt(-255, "020,"), "-000,000,000,000,255");
        assert_eq!(fmt(0, "020,"), "0,000,000,000,000,000");
        assert_eq!(fmt(-1234567, "12,"), "  -1,234,567");
        let big = BigInt::from(10).pow(30u32);
        assert_eq!(
            fmt_with(&big, ",", "int"),
            "1,000,000,000,000,000,000,000,000,000,000"
        );
        let big = BigInt::from(2).pow(64u32);
        assert_eq!(fmt_with(&-big, "#_x", "int"), "-0x1_0000_0000_0000_0000");
    }

    #[test]
    fn alignment() {
        assert_eq!(fmt(-255, ">10"), "      -255");
        assert_eq!(fmt(-255, "^10"), "   -255   ");
        assert_eq!(fmt(1234567, "^10"), " 1234567  ");
        assert_eq!(fmt(-255, "<10"), "-255      ");
        assert_eq!(fmt(-255, "=10"), "-      255");
        assert_eq!(fmt(255, "*^+#011_d"), "***+255****");
        assert_eq!(fmt(-1234567, "*^+#011_d"), "-1_234_567*");
        assert_eq!(fmt(-1234567, "-010"), "-001234567");
        assert_eq!(fmt(-1234567, "x<10"), "-1234567xx");
        assert_eq!(fmt(-1234567, "#=10x"), "-###12d687");
        assert_eq!(fmt(0, " d"), " 0");
        assert_eq!(fmt(0, "+d"), "+0");
        assert_eq!(fmt(1, "\u{661}\u{662}"), "           1");
    }

    #[test]
    fn characters() {
        assert_eq!(fmt(65, "c"), "A");
        assert_eq!(fmt(255, "c"), "ÿ");
        assert_eq!(fmt(0x1f600, "^5c"), "  😀  ");
        assert_eq!(fmt(65, "=5c"), "    A");
        assert_eq!(fmt(65, "05c"), "0000A");
        assert_eq!(fmt(-1, "c"), "error: %c arg not in range(0x110000)");
        assert_eq!(fmt(0x110000, "c"), "error: %c arg not in range(0x110000)");
        assert_eq!(fmt(i64::MIN, "c"), "error: %c arg not in range(0x110000)");
        let huge = BigInt::from(u64::MAX);
        assert_eq!(
            fmt_with(&huge, "c", "int"),
            "error: Python int too large to convert to C long"
        );
        assert_eq!(
            fmt(65, "+c"),
            "error: Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fmt(65, "#c"),
            "error: Alternate form (#) not allowed with integer format specifier 'c'"
        );
        let value = BigInt::from(-1);
        let spec = FormatSpec::parse("c", "int").unwrap();
        assert_eq!(
            format_int(&value, &spec, "int", 0).unwrap_err().kind,
            crate::ErrorKind::OverflowError
        );
    }

    #[test]
    fn float_presentations() {
        assert_eq!(fmt(255, "e"), "2.550000e+02");
        assert_eq!(fmt(-1234567, ".2e"), "-1.23e+06");
        assert_eq!(fmt(255, "%"), "25500.000000%");
        assert_eq!(fmt(1234567, "g"), "1.23457e+06");
        assert_eq!(fmt(-255, "f"), "-255.000000");
        assert_eq!(fmt(1234567, "G"), "1.23457E+06");
        assert_eq!(fmt(9007199254740993, "f"), "9007199254740992.000000");
        let big: BigInt = "12345678901234567890".parse().unwrap();
        assert_eq!(fmt_with(&big, ".3%", "int"), "1234567890123456774144.000%");
        let huge = BigInt::from(10).pow(400u32);
        assert_eq!(
            fmt_with(&huge, "e", "int"),
            "error: int too large to convert to float"
        );
    }

    #[test]
    fn absurd_widths_are_memory_errors() {
        for spec in [
            "099999999999999999",
            "099999999999999999_",
            "0=99999999999999,",
            ">99999999999999",
        ] {
            let parsed = FormatSpec::parse(spec, "int").unwrap();
            let error = format_int(&BigInt::from(1), &parsed, "int", 0).unwrap_err();
            assert_eq!(error.kind, crate::ErrorKind::MemoryError, "{spec}");
        }
    }

    #[test]
    fn errors() {
        assert_eq!(fmt(1, ",n"), "error: Cannot specify ',' with 'n'.");
        assert_eq!(fmt(1, ",x"), "error: Cannot specify ',' with 'x'.");
        assert_eq!(fmt(1, "_c"), "error: Cannot specify '_' with 'c'.");
        assert_eq!(fmt(1, "z,c"), "error: Cannot specify ',' with 'c'.");
        assert_eq!(
            fmt(1, ".2"),
            "error: Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fmt(1, "z.2"),
            "error: Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fmt(1, "z"),
            "error: Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fmt(1, "z#c"),
            "error: Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fmt(1, "s"),
            "error: Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(
            fmt(1, "\u{e9}"),
            "error: Unknown format code '\\xe9' for object of type 'int'"
        );
        assert_eq!(
            fmt_with(&BigInt::from(1), "zx", "bool"),
            "error: Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fmt_with(&BigInt::from(1), "s", "bool"),
            "error: Unknown format code 's' for object of type 'bool'"
        );
        let huge = BigInt::from(10).pow(5000u32);
        assert_eq!(
            fmt_with(&huge, ",", "int"),
            "error: Exceeds the limit (4300 digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        );
        assert!(fmt_with(&huge, "x", "int").starts_with("31e20"));
    }
}
