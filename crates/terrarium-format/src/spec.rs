//! Parsing the format-spec mini-language:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.

use crate::error::FormatError;
use crate::unicode::decimal_value;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    /// `=`: padding goes between the sign (and prefix) and the digits.
    AfterSign,
}

impl Align {
    fn from_char(c: char) -> Option<Self> {
        match c {
            '<' => Some(Self::Left),
            '>' => Some(Self::Right),
            '^' => Some(Self::Center),
            '=' => Some(Self::AfterSign),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    Plus,
    Minus,
    Space,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    Comma,
    Underscore,
}

impl Grouping {
    pub fn separator(self) -> char {
        match self {
            Self::Comma => ',',
            Self::Underscore => '_',
        }
    }
}

/// A parsed spec. Defaults that depend on the formatted type (alignment,
/// the `0` flag's effect, the type letter) are resolved by the formatters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Set only when given explicitly before an alignment character.
    pub fill: Option<char>,
    pub align: Option<Align>,
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero results to positive zero.
    pub no_negative_zero: bool,
    /// `#`
    pub alternate: bool,
    /// A `0` before the width without an explicit fill.
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    pub type_char: Option<char>,
}

impl FormatSpec {
    /// Parses `spec` as CPython does for `format(obj, spec)`; `type_name` is
    /// the type of `obj`, which one of CPython's messages names.
    pub fn parse(spec: &str, type_name: &str) -> Result<Self, FormatError> {
        let chars: Vec<char> = spec.chars().collect();
        let mut pos = 0;
        let mut parsed = FormatSpec {
            fill: None,
            align: None,
            sign: None,
            no_negative_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            type_char: None,
        };
        let peek = |pos: usize| chars.get(pos).copied();

        if let Some(align) = peek(1).and_then(Align::from_char) {
            parsed.fill = Some(chars[0]);
            parsed.align = Some(align);
            pos = 2;
        } else if let Some(align) = peek(0).and_then(Align::from_char) {
            parsed.align = Some(align);
            pos = 1;
        }
        parsed.sign = match peek(pos) {
            Some('+') => Some(Sign::Plus),
            Some('-') => Some(Sign::Minus),
            Some(' ') => Some(Sign::Space),
            _ => None,
        };
        if parsed.sign.is_some() {
            pos += 1;
        }
        if peek(pos) == Some('z') {
            parsed.no_negative_zero = true;
            pos += 1;
        }
        if peek(pos) == Some('#') {
            parsed.alternate = true;
            pos += 1;
        }
        if parsed.fill.is_none() && peek(pos) == Some('0') {
            parsed.zero_pad = true;
            pos += 1;
        }
        parsed.width = parse_count(&chars, &mut pos)?;
        if peek(pos) == Some(',') {
            parsed.grouping = Some(Grouping::Comma);
            pos += 1;
        }
        if peek(pos) == Some('_') {
            if parsed.grouping.is_some() {
                return Err(both_separators());
            }
            parsed.grouping = Some(Grouping::Underscore);
            pos += 1;
        }
        if peek(pos) == Some(',') {
            return Err(both_separators());
        }
        if peek(pos) == Some('.') {
            pos += 1;
            parsed.precision = parse_count(&chars, &mut pos)?;
            if parsed.precision.is_none() {
                return Err(FormatError::value("Format specifier missing precision"));
            }
        }
        match chars.len() - pos {
            0 => {}
            1 => parsed.type_char = Some(chars[pos]),
            _ => {
                return Err(FormatError::value(format!(
                    "Invalid format specifier '{spec}' for object of type '{type_name}'"
                )));
            }
        }
        Ok(parsed)
    }

    /// The fill character once the `0` flag is taken into account.
    pub(crate) fn resolved_fill(&self) -> char {
        self.fill.unwrap_or(if self.zero_pad { '0' } else { ' ' })
    }

    /// The alignment once the type's default and the `0` flag are taken
    /// into account; the `0` flag means `=` only for right-aligned types.
    pub(crate) fn resolved_align(&self, default: Align) -> Align {
        match self.align {
            Some(align) => align,
            None if self.zero_pad && default == Align::Right => Align::AfterSign,
            None => default,
        }
    }

    /// Rejects a grouping option the presentation type cannot take, which
    /// CPython checks before anything type specific. `type_char` is the
    /// type letter after defaulting (`None` for float's and complex's
    /// default).
    pub(crate) fn check_grouping(&self, type_char: Option<char>) -> Result<(), FormatError> {
        let Some(grouping) = self.grouping else {
            return Ok(());
        };
        match type_char {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(()),
            Some('b' | 'o' | 'x' | 'X') if grouping == Grouping::Underscore => Ok(()),
            Some(other) => Err(FormatError::value(format!(
                "Cannot specify '{}' with {}.",
                grouping.separator(),
                quoted_code(other)
            ))),
        }
    }
}

/// A run of decimal digits (any script's), or `None` when there is none.
fn parse_count(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let start = *pos;
    let mut value: usize = 0;
    while let Some(digit) = chars.get(*pos).copied().and_then(decimal_value) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(value))
}

fn both_separators() -> FormatError {
    FormatError::value("Cannot specify both ',' and '_'.")
}

/// How CPython quotes a presentation type in messages: printable ASCII as
/// is, anything else as a `\x` escape without padding.
pub(crate) fn quoted_code(c: char) -> String {
    let cp = u32::from(c);
    if cp > 32 && cp < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{cp:x}'")
    }
}

/// `Unknown format code 'X' for object of type 'T'`.
pub(crate) fn unknown_code(c: char, type_name: &str) -> FormatError {
    FormatError::value(format!(
        "Unknown format code {} for object of type '{type_name}'",
        quoted_code(c)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(spec: &str) -> FormatSpec {
        FormatSpec::parse(spec, "int").unwrap()
    }

    fn error(spec: &str) -> String {
        FormatSpec::parse(spec, "int").unwrap_err().message
    }

    #[test]
    fn every_field() {
        let spec = parse("*^+z#012_.3f");
        assert_eq!(spec.fill, Some('*'));
        assert_eq!(spec.align, Some(Align::Center));
        assert_eq!(spec.sign, Some(Sign::Plus));
        assert!(spec.no_negative_zero && spec.alternate);
        // An explicit fill turns the 0 into the first width digit.
        assert!(!spec.zero_pad);
        assert_eq!(spec.width, Some(12));
        assert_eq!(spec.grouping, Some(Grouping::Underscore));
        assert_eq!(spec.precision, Some(3));
        assert_eq!(spec.type_char, Some('f'));
    }

    #[test]
    fn zero_flag_and_alignment_defaults() {
        let spec = parse("010");
        assert!(spec.zero_pad);
        assert_eq!(spec.width, Some(10));
        assert_eq!(spec.resolved_fill(), '0');
        assert_eq!(spec.resolved_align(Align::Right), Align::AfterSign);
        assert_eq!(spec.resolved_align(Align::Left), Align::Left);
        assert_eq!(parse("<").resolved_align(Align::Right), Align::Left);
        assert_eq!(parse("").type_char, None);
    }

    #[test]
    fn alignment_character_may_be_the_fill() {
        let spec = parse("<<");
        assert_eq!((spec.fill, spec.align), (Some('<'), Some(Align::Left)));
        let spec = parse("é>10");
        assert_eq!((spec.fill, spec.width), (Some('é'), Some(10)));
    }

    #[test]
    fn widths_in_other_scripts() {
        assert_eq!(parse("\u{661}\u{662}").width, Some(12));
        assert_eq!(parse(".\u{661}").precision, Some(1));
    }

    #[test]
    fn parse_errors() {
        assert_eq!(error("1,_"), "Cannot specify both ',' and '_'.");
        assert_eq!(error("1_,"), "Cannot specify both ',' and '_'.");
        assert_eq!(error("1."), "Format specifier missing precision");
        assert_eq!(error("1.a"), "Format specifier missing precision");
        assert_eq!(
            error("12ab"),
            "Invalid format specifier '12ab' for object of type 'int'"
        );
        assert_eq!(
            error("z+c"),
            "Invalid format specifier 'z+c' for object of type 'int'"
        );
        assert_eq!(
            error("99999999999999999999"),
            "Too many decimal digits in format string"
        );
        assert_eq!(
            error(".99999999999999999999"),
            "Too many decimal digits in format string"
        );
        assert_eq!(
            parse("9223372036854775807").width,
            Some(isize::MAX as usize)
        );
        assert_eq!(
            error("9223372036854775808"),
            "Too many decimal digits in format string"
        );
    }

    #[test]
    fn grouping_checks() {
        assert!(parse(",").check_grouping(Some('d')).is_ok());
        assert!(parse("_").check_grouping(Some('x')).is_ok());
        assert!(parse(",").check_grouping(None).is_ok());
        let message =
            |spec: &str, ty: char| parse(spec).check_grouping(Some(ty)).unwrap_err().message;
        assert_eq!(message(",", 'x'), "Cannot specify ',' with 'x'.");
        assert_eq!(message(",", 's'), "Cannot specify ',' with 's'.");
        assert_eq!(message("_", 'n'), "Cannot specify '_' with 'n'.");
        assert_eq!(message("_", ' '), "Cannot specify '_' with '\\x20'.");
        assert_eq!(message(",", 'é'), "Cannot specify ',' with '\\xe9'.");
    }

    #[test]
    fn unknown_code_messages() {
        assert_eq!(
            unknown_code('s', "int").message,
            "Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(
            unknown_code('\0', "int").message,
            "Unknown format code '\\x0' for object of type 'int'"
        );
        assert_eq!(
            unknown_code('\u{20ac}', "float").message,
            "Unknown format code '\\x20ac' for object of type 'float'"
        );
        assert_eq!(
            unknown_code('\x7f', "int").message,
            "Unknown format code '\x7f' for object of type 'int'"
        );
    }
}
