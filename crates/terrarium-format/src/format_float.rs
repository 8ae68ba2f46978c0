//! `format(float, spec)`.

use crate::error::FormatError;
use crate::float_text::{FloatFormat, FloatStyle, double_to_string};
use crate::layout::{NumberLayout, NumberParts};
use crate::spec::{Align, FormatSpec, Grouping, unknown_code};

/// `format(value, spec)` for a float; `type_name` names the type in
/// messages (a subclass's name, say).
pub fn format_float(value: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    spec.check_grouping(spec.type_char)?;
    match spec.type_char {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => render_float(value, spec),
        Some(other) => Err(unknown_code(other, type_name)),
    }
}

/// Formats with a type already known to be a float presentation type (int
/// formatting comes here for `e`, `f`, `g` and `%`).
pub(crate) fn render_float(value: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let float_format = float_format_for(spec, spec.type_char, true)?;
    let percent = spec.type_char == Some('%');
    let mut text = double_to_string(if percent { value * 100.0 } else { value }, &float_format)?;
    if percent {
        text.push('%');
    }
    let layout = NumberLayout {
        fill: spec.resolved_fill(),
        align: spec.resolved_align(Align::Right),
        sign: spec.sign,
        width: spec.width,
        grouping: decimal_grouping(spec),
    };
    layout.render(&NumberParts::from_float_text(&text))
}

/// Maps a spec's type and precision onto the float engine, as float and
/// complex formatting share it. Without a type, no precision means repr's
/// digits and a precision means `g`; float (not complex) then also keeps at
/// least one digit after the point (`add_dot_0`).
pub(crate) fn float_format_for(
    spec: &FormatSpec,
    type_char: Option<char>,
    add_dot_0: bool,
) -> Result<FloatFormat, FormatError> {
    let precision = match spec.precision {
        Some(p) if p > i32::MAX as usize => {
            return Err(FormatError::value("precision too big"));
        }
        Some(p) => Some(p as i32),
        None => None,
    };
    let (style, default_precision) = match type_char {
        None => match precision {
            None => (FloatStyle::Shortest, 0),
            Some(_) => (FloatStyle::General, 0),
        },
        Some('e' | 'E') => (FloatStyle::Exponent, 6),
        Some('f' | 'F' | '%') => (FloatStyle::Fixed, 6),
        _ => (FloatStyle::General, 6),
    };
    let mut format = FloatFormat::new(style, precision.unwrap_or(default_precision));
    format.upper = matches!(type_char, Some('E' | 'F' | 'G'));
    format.alternate = spec.alternate;
    format.add_dot_0 = type_char.is_none() && add_dot_0;
    format.no_negative_zero = spec.no_negative_zero;
    Ok(format)
}

/// Separator and group size for decimal digits; `n` takes the locale's,
/// which in the C locale CPython runs under is no grouping at all.
pub(crate) fn decimal_grouping(spec: &FormatSpec) -> Option<(char, usize)> {
    if spec.type_char == Some('n') {
        return None;
    }
    spec.grouping.map(|g| (Grouping::separator(g), 3))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(value: f64, spec: &str) -> String {
        FormatSpec::parse(spec, "float")
            .and_then(|parsed| format_float(value, &parsed, "float"))
            .unwrap_or_else(|e| format!("error: {e}"))
    }

    #[test]
    fn no_type_is_repr_like() {
        assert_eq!(fmt(1.0, ""), "1.0");
        assert_eq!(fmt(1e16, ""), "1e+16");
        assert_eq!(fmt(1.5e-7, ""), "1.5e-07");
        assert_eq!(fmt(1234.0, ".4"), "1.234e+03");
        assert_eq!(fmt(1.0, ".3"), "1.0");
        assert_eq!(fmt(1e20, ".3"), "1e+20");
        assert_eq!(fmt(123456.0, ".3"), "1.23e+05");
        assert_eq!(fmt(1.0, "#"), "1.0");
        assert_eq!(fmt(1.0, "#.3"), "1.00");
        assert_eq!(fmt(1.0, ".0"), "1e+00");
        assert_eq!(fmt(10.0, ".1"), "1e+01");
        assert_eq!(fmt(0.5, ".0"), "0.5");
        assert_eq!(fmt(1e15, ".17"), "1000000000000000.0");
        assert_eq!(fmt(0.1, ".20"), "0.10000000000000000555");
        assert_eq!(fmt(1e-5, ".3"), "1e-05");
    }

    #[test]
    fn typed() {
        assert_eq!(fmt(1234.0, ".4g"), "1234");
        assert_eq!(fmt(0.0, "#g"), "0.00000");
        assert_eq!(fmt(100.0, "#g"), "100.000");
        assert_eq!(fmt(1.0, "g"), "1");
        assert_eq!(fmt(2.5, ".0f"), "2");
        assert_eq!(fmt(2.5, "#.0f"), "2.");
        assert_eq!(fmt(2.5, ".0e"), "2e+00");
        assert_eq!(fmt(2.5, "#.0e"), "2.e+00");
        assert_eq!(fmt(3.0, "E"), "3.000000E+00");
        assert_eq!(fmt(f64::INFINITY, "F"), "INF");
        assert_eq!(fmt(f64::NAN, "E"), "NAN");
        assert_eq!(fmt(1.5, "%"), "150.000000%");
        assert_eq!(fmt(1.5, ".1%"), "150.0%");
        assert_eq!(fmt(1.5, ".0%"), "150%");
        assert_eq!(fmt(1.5, "#.0%"), "150.%");
        assert_eq!(fmt(1.5, "n"), "1.5");
        assert_eq!(fmt(1e300, "n"), "1e+300");
        assert_eq!(fmt(1.5, ",e"), "1.500000e+00");
        assert_eq!(fmt(1.5, ".2147483647e"), "2e+00");
    }

    #[test]
    fn signs_and_negative_zero() {
        assert_eq!(fmt(f64::NAN, "+"), "+nan");
        assert_eq!(fmt(-f64::NAN, "+"), "+nan");
        assert_eq!(fmt(-0.0, "z"), "0.0");
        assert_eq!(fmt(-0.0, "z.1f"), "0.0");
        assert_eq!(fmt(-0.001, "z.1f"), "0.0");
        assert_eq!(fmt(-0.001, "z.3f"), "-0.001");
        assert_eq!(fmt(-0.0, ""), "-0.0");
        assert_eq!(fmt(1.5, "+"), "+1.5");
        assert_eq!(fmt(1.5, " "), " 1.5");
    }

    #[test]
    fn padding_and_grouping() {
        assert_eq!(fmt(f64::NEG_INFINITY, "010"), "-000000inf");
        assert_eq!(fmt(f64::INFINITY, "010"), "0000000inf");
        assert_eq!(fmt(f64::NAN, "08"), "00000nan");
        assert_eq!(fmt(1234567.891, ","), "1,234,567.891");
        assert_eq!(fmt(1234567.891, "_.2f"), "1_234_567.89");
        assert_eq!(fmt(1234567.891, "020,.2f"), "0,000,001,234,567.89");
        assert_eq!(fmt(1234567.891, "020,"), "0,000,001,234,567.891");
        assert_eq!(fmt(-1234.5, "=+12"), "-     1234.5");
        assert_eq!(fmt(123.456, "x<+12.2f"), "+123.46xxxxx");
        assert_eq!(fmt(123.456, "^12"), "  123.456   ");
        assert_eq!(fmt(1.5, "=10"), "       1.5");
        assert_eq!(fmt(1.5, "010"), "00000001.5");
        assert_eq!(fmt(1.5, "é>10"), "ééééééé1.5");
        assert_eq!(fmt(1.5, "\u{1f600}^7,.3f"), "\u{1f600}1.500\u{1f600}");
        assert_eq!(
            fmt(1e100, ",f"),
            "10,000,000,000,000,000,159,028,911,097,599,180,468,360,808,563,945,281,389,781,327,557,747,838,772,170,381,060,813,469,985,856,815,104.000000"
        );
    }

    #[test]
    fn errors() {
        assert_eq!(
            fmt(1.5, "d"),
            "error: Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            fmt(1.5, "_d"),
            "error: Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(fmt(1.5, ",x"), "error: Cannot specify ',' with 'x'.");
        assert_eq!(fmt(1.5, ",n"), "error: Cannot specify ',' with 'n'.");
        assert_eq!(fmt(1.5, "_n"), "error: Cannot specify '_' with 'n'.");
        assert_eq!(fmt(1.5, ".2147483648"), "error: precision too big");
        assert_eq!(
            fmt(1.5, "z+"),
            "error: Unknown format code '+' for object of type 'float'"
        );
        assert_eq!(
            fmt(1.5, "#z"),
            "error: Unknown format code 'z' for object of type 'float'"
        );
        assert_eq!(
            fmt(1.5, "12ab"),
            "error: Invalid format specifier '12ab' for object of type 'float'"
        );
        let huge = FormatSpec::parse("9223372036854775807", "float").unwrap();
        let error = format_float(1.5, &huge, "float").unwrap_err();
        assert_eq!(error.kind, crate::ErrorKind::MemoryError);
    }
}
