//! `format(str, spec)`.

use crate::error::FormatError;
use crate::layout::pad_text;
use crate::spec::{Align, FormatSpec, Sign, unknown_code};

/// `format(value, spec)` for a str; `type_name` names the type in messages.
pub fn format_str(value: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let type_char = spec.type_char.unwrap_or('s');
    spec.check_grouping(Some(type_char))?;
    if type_char != 's' {
        return Err(unknown_code(type_char, type_name));
    }
    match spec.sign {
        Some(Sign::Space) => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ));
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ));
        }
        None => {}
    }
    if spec.no_negative_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let truncated = match spec.precision {
        Some(precision) => value
            .char_indices()
            .nth(precision)
            .map_or(value, |(end, _)| &value[..end]),
        None => value,
    };
    pad_text(
        truncated,
        spec.resolved_fill(),
        spec.resolved_align(Align::Left),
        spec.width,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(value: &str, spec: &str) -> String {
        FormatSpec::parse(spec, "str")
            .and_then(|parsed| format_str(value, &parsed, "str"))
            .unwrap_or_else(|e| format!("error: {e}"))
    }

    #[test]
    fn padding_and_precision() {
        assert_eq!(fmt("héllo", ""), "héllo");
        assert_eq!(fmt("héllo", "s"), "héllo");
        assert_eq!(fmt("héllo", ">10"), "     héllo");
        assert_eq!(fmt("héllo", "^9"), "  héllo  ");
        assert_eq!(fmt("héllo", "*<7"), "héllo**");
        assert_eq!(fmt("héllo", ".2"), "hé");
        assert_eq!(fmt("héllo", "10.2"), "hé        ");
        assert_eq!(fmt("héllo", "010"), "héllo00000");
        assert_eq!(fmt("héllo", "0<10"), "héllo00000");
        assert_eq!(fmt("héllo", ".0"), "");
        assert_eq!(fmt("héllo", "3.0"), "   ");
        assert_eq!(fmt("a", ".2147483648s"), "a");
    }

    #[test]
    fn errors_in_cpython_order() {
        assert_eq!(
            fmt("ab", "+"),
            "error: Sign not allowed in string format specifier"
        );
        assert_eq!(
            fmt("ab", "-"),
            "error: Sign not allowed in string format specifier"
        );
        assert_eq!(
            fmt("ab", " "),
            "error: Space not allowed in string format specifier"
        );
        assert_eq!(
            fmt("ab", "+z"),
            "error: Sign not allowed in string format specifier"
        );
        assert_eq!(
            fmt("ab", "z#"),
            "error: Negative zero coercion (z) not allowed in string format specifier"
        );
        assert_eq!(
            fmt("ab", "#.1"),
            "error: Alternate form (#) not allowed in string format specifier"
        );
        assert_eq!(
            fmt("ab", "z="),
            "error: '=' alignment not allowed in string format specifier"
        );
        assert_eq!(
            fmt("ab", "x=10"),
            "error: '=' alignment not allowed in string format specifier"
        );
        assert_eq!(fmt("ab", "=,"), "error: Cannot specify ',' with 's'.");
        assert_eq!(fmt("ab", "_"), "error: Cannot specify '_' with 's'.");
        assert_eq!(
            fmt("ab", "d"),
            "error: Unknown format code 'd' for object of type 'str'"
        );
        assert_eq!(
            fmt("ab", "z "),
            "error: Unknown format code '\\x20' for object of type 'str'"
        );
        assert_eq!(
            fmt("ab", "12ab"),
            "error: Invalid format specifier '12ab' for object of type 'str'"
        );
    }
}
