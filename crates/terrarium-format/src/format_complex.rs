//! `format(complex, spec)` and `repr(complex)`.

use crate::error::FormatError;
use crate::float_text::double_to_string;
use crate::format_float::{decimal_grouping, float_format_for};
use crate::layout::{NumberLayout, NumberParts, pad_text};
use crate::spec::{Align, FormatSpec, Sign, unknown_code};

/// `format(complex(re, im), spec)`; `type_name` names the type in messages.
pub fn format_complex(
    re: f64,
    im: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    spec.check_grouping(spec.type_char)?;
    let type_char = match spec.type_char {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => spec.type_char,
        Some(other) => return Err(unknown_code(other, type_name)),
    };
    let float_format = float_format_for(spec, type_char, false)?;
    if spec.resolved_fill() == '0' {
        return Err(FormatError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    // Without a type, the result reads like repr: a positive-zero real part
    // is left out, anything else gets parentheses.
    let skip_real = type_char.is_none() && re == 0.0 && re.is_sign_positive();
    let parenthesize = type_char.is_none() && !skip_real;

    let part_layout = |sign| NumberLayout {
        fill: ' ',
        align: Align::Left,
        sign,
        width: None,
        grouping: decimal_grouping(spec),
    };
    let mut text = String::new();
    if parenthesize {
        text.push('(');
    }
    let im_sign = if skip_real {
        spec.sign
    } else {
        let re_text = double_to_string(re, &float_format)?;
        text.push_str(&part_layout(spec.sign).render(&NumberParts::from_float_text(&re_text))?);
        Some(Sign::Plus)
    };
    let im_text = double_to_string(im, &float_format)?;
    text.push_str(&part_layout(im_sign).render(&NumberParts::from_float_text(&im_text))?);
    text.push('j');
    if parenthesize {
        text.push(')');
    }
    pad_text(
        &text,
        spec.resolved_fill(),
        spec.resolved_align(Align::Right),
        spec.width,
    )
}

/// `repr(complex(re, im))`, which is also its `str()`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let spec = FormatSpec::parse("", "complex");
    spec.and_then(|spec| format_complex(re, im, &spec, "complex"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(re: f64, im: f64, spec: &str) -> String {
        FormatSpec::parse(spec, "complex")
            .and_then(|parsed| format_complex(re, im, &parsed, "complex"))
            .unwrap_or_else(|e| format!("error: {e}"))
    }

    #[test]
    fn repr() {
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(0.0, 2.0), "2j");
        assert_eq!(complex_repr(-0.0, 2.0), "(-0+2j)");
        assert_eq!(complex_repr(-0.0, -0.0), "(-0-0j)");
        assert_eq!(complex_repr(0.0, -0.0), "-0j");
        assert_eq!(complex_repr(1.5, -2.25), "(1.5-2.25j)");
        assert_eq!(complex_repr(f64::NAN, f64::INFINITY), "(nan+infj)");
        assert_eq!(complex_repr(1e16, 1e-5), "(1e+16+1e-05j)");
    }

    #[test]
    fn typed_parts_share_the_spec() {
        assert_eq!(fmt(1.0, 2.0, "g"), "1+2j");
        assert_eq!(fmt(0.0, 2.0, "g"), "0+2j");
        assert_eq!(fmt(1.0, 2.0, ".2"), "(1+2j)");
        assert_eq!(fmt(1.5, -2.25, ".2"), "(1.5-2.2j)");
        assert_eq!(fmt(1.0, 2.0, ".2f"), "1.00+2.00j");
        assert_eq!(fmt(1.0, 2.0, "+.2f"), "+1.00+2.00j");
        assert_eq!(fmt(0.0, 2.0, "+.2f"), "+0.00+2.00j");
        assert_eq!(fmt(1.0, 2.0, "e"), "1.000000e+00+2.000000e+00j");
        assert_eq!(fmt(1.0, 2.0, "n"), "1+2j");
        assert_eq!(fmt(1.0, 2.0, "#"), "(1.+2.j)");
        assert_eq!(fmt(0.0, 2.0, "#"), "2.j");
        assert_eq!(fmt(1.0, 2.0, "_.3f"), "1.000+2.000j");
        assert_eq!(fmt(1.0, 2.0, ",.2e"), "1.00e+00+2.00e+00j");
        assert_eq!(fmt(f64::NAN, f64::INFINITY, "+.2f"), "+nan+infj");
        assert_eq!(fmt(12345.0, 0.5, ","), "(12,345+0.5j)");
    }

    #[test]
    fn signs_and_negative_zero() {
        assert_eq!(fmt(1.0, 2.0, " "), "( 1+2j)");
        assert_eq!(fmt(0.0, 2.0, " "), " 2j");
        assert_eq!(fmt(1.0, 2.0, "+"), "(+1+2j)");
        assert_eq!(fmt(0.0, 2.0, "+"), "+2j");
        assert_eq!(fmt(-0.0, 2.0, "z"), "(0+2j)");
        assert_eq!(fmt(-0.0, -0.0, "z"), "(0+0j)");
        assert_eq!(fmt(-0.0, -0.0, "z.1f"), "0.0+0.0j");
        assert_eq!(fmt(0.0, -0.0, "z"), "0j");
        assert_eq!(fmt(-0.0, -0.0, "g"), "-0-0j");
        assert_eq!(fmt(0.0, -0.0, "g"), "0-0j");
    }

    #[test]
    fn padding() {
        assert_eq!(fmt(1.0, 2.0, ">20"), "              (1+2j)");
        assert_eq!(fmt(1.0, 2.0, "^20"), "       (1+2j)       ");
        assert_eq!(fmt(-0.0, 2.0, "^20"), "      (-0+2j)       ");
        assert_eq!(fmt(1.0, 2.0, "10"), "    (1+2j)");
        assert_eq!(fmt(1.0, 2.0, "*<10"), "(1+2j)****");
    }

    #[test]
    fn errors() {
        assert_eq!(
            fmt(1.0, 2.0, "020"),
            "error: Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            fmt(1.0, 2.0, "0<20"),
            "error: Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            fmt(1.0, 2.0, "=20"),
            "error: '=' alignment flag is not allowed in complex format specifier"
        );
        assert_eq!(
            fmt(1.0, 2.0, "%"),
            "error: Unknown format code '%' for object of type 'complex'"
        );
        assert_eq!(
            fmt(1.0, 2.0, "d"),
            "error: Unknown format code 'd' for object of type 'complex'"
        );
        assert_eq!(
            fmt(1.0, 2.0, ",d"),
            "error: Unknown format code 'd' for object of type 'complex'"
        );
        assert_eq!(fmt(1.0, 2.0, ",x"), "error: Cannot specify ',' with 'x'.");
        assert_eq!(fmt(1.0, 2.0, ".2147483648"), "error: precision too big");
    }
}
