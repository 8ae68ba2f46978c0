//! printf-style `%` formatting of str, one conversion at a time.
//!
//! The VM walks the format with [`PrintfParser`], which hands back literal
//! text and parsed conversions; fetching arguments stays with the VM, which
//! the parser calls back (through [`PrintfArgs`]) at exactly the points
//! CPython fetches them, so errors come out in CPython's order. The
//! VM then converts the argument (`str()`, `repr()`, `int()`...) and renders
//! it with [`printf_int`], [`printf_float`] or [`printf_text`].

use num_bigint::BigInt;
use num_traits::Signed;

use crate::error::FormatError;
use crate::float_text::{FloatFormat, FloatStyle, double_to_string};
use crate::int_text::magnitude_digits;

/// The flags between `%` and the width.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PrintfFlags {
    /// `-`
    pub left_adjust: bool,
    /// `+`
    pub sign: bool,
    /// ` `
    pub blank: bool,
    /// `#`
    pub alternate: bool,
    /// `0`
    pub zero_pad: bool,
}

/// One parsed conversion, with any `*` already resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversion {
    pub flags: PrintfFlags,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    /// The conversion character, which may be one CPython rejects: the VM
    /// fetches the argument first and then reports it with
    /// [`unsupported_conversion`].
    pub conversion: char,
    /// Character index of the conversion character in the format.
    pub index: usize,
}

/// Which `*` the parser needs a value for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StarField {
    /// Converted like `PyLong_AsSsize_t`; a negative width left-adjusts.
    Width,
    /// Converted like a C `int`; a negative precision counts as zero.
    Precision,
}

/// The VM's side of argument handling during parsing.
pub trait PrintfArgs {
    type Error: From<FormatError>;

    /// On `%(`, before the key is read; CPython fails here with TypeError
    /// "format requires a mapping" when the right operand is not one.
    fn begin_key(&mut self) -> Result<(), Self::Error>;

    /// The key of `%(key)`: look it up and make its value the only
    /// argument left.
    fn select_key(&mut self, key: &str) -> Result<(), Self::Error>;

    /// The next argument as an integer for a `*`; CPython raises TypeError
    /// "* wants int" for a non-int and OverflowError past the C type.
    fn star(&mut self, field: StarField) -> Result<i64, Self::Error>;
}

/// A piece of a `%` format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    Literal(&'a str),
    /// `%%`.
    Percent,
    Conversion(Conversion),
}

/// Walks a `%` format left to right.
pub struct PrintfParser<'a> {
    format: &'a str,
    /// Byte offset of the next unread character.
    pos: usize,
    /// Character index of the same character.
    char_pos: usize,
}

impl<'a> PrintfParser<'a> {
    pub fn new(format: &'a str) -> Self {
        Self {
            format,
            pos: 0,
            char_pos: 0,
        }
    }

    fn peek(&self) -> Option<char> {
        self.format[self.pos..].chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        self.char_pos += 1;
        Some(c)
    }

    /// The next piece, or `None` at the end of the format.
    pub fn next_piece<A: PrintfArgs>(
        &mut self,
        args: &mut A,
    ) -> Result<Option<Piece<'a>>, A::Error> {
        let rest = &self.format[self.pos..];
        if rest.is_empty() {
            return Ok(None);
        }
        if !rest.starts_with('%') {
            let len = rest.find('%').unwrap_or(rest.len());
            self.pos += len;
            self.char_pos += rest[..len].chars().count();
            return Ok(Some(Piece::Literal(&rest[..len])));
        }
        self.bump();
        if self.peek() == Some('%') {
            self.bump();
            return Ok(Some(Piece::Percent));
        }
        self.conversion(args).map(|c| Some(Piece::Conversion(c)))
    }

    fn conversion<A: PrintfArgs>(&mut self, args: &mut A) -> Result<Conversion, A::Error> {
        if self.peek() == Some('(') {
            args.begin_key()?;
            let key = self.mapping_key()?;
            args.select_key(key)?;
        }
        let mut flags = PrintfFlags::default();
        loop {
            match self.peek() {
                Some('-') => flags.left_adjust = true,
                Some('+') => flags.sign = true,
                Some(' ') => flags.blank = true,
                Some('#') => flags.alternate = true,
                Some('0') => flags.zero_pad = true,
                _ => break,
            }
            self.bump();
        }
        let mut width = None;
        if self.peek() == Some('*') {
            self.bump();
            let value = args.star(StarField::Width)?;
            if value < 0 {
                flags.left_adjust = true;
            }
            width = Some(value.unsigned_abs() as usize);
        } else if let Some(value) = self.number(isize::MAX as usize, "width too big")? {
            width = Some(value);
        }
        let mut precision = None;
        if self.peek() == Some('.') {
            self.bump();
            if self.peek() == Some('*') {
                self.bump();
                let value = args.star(StarField::Precision)?;
                precision = Some(value.max(0) as usize);
            } else {
                let value = self.number(i32::MAX as usize, "precision too big")?;
                precision = Some(value.unwrap_or(0));
            }
        }
        if matches!(self.peek(), Some('h' | 'l' | 'L')) {
            self.bump();
        }
        let index = self.char_pos;
        let conversion = self
            .bump()
            .ok_or_else(|| FormatError::value("incomplete format"))?;
        Ok(Conversion {
            flags,
            width,
            precision,
            conversion,
            index,
        })
    }

    /// Reads `(key)` with balanced parentheses inside, returning the key.
    fn mapping_key(&mut self) -> Result<&'a str, FormatError> {
        self.bump();
        let start = self.pos;
        let mut depth = 1;
        while depth > 0 {
            match self.bump() {
                Some(')') => depth -= 1,
                Some('(') => depth += 1,
                Some(_) => {}
                None => return Err(FormatError::value("incomplete format key")),
            }
        }
        Ok(&self.format[start..self.pos - 1])
    }

    /// An ASCII decimal number, if one starts here.
    fn number(&mut self, max: usize, too_big: &str) -> Result<Option<usize>, FormatError> {
        let mut value: Option<usize> = None;
        while let Some(digit) = self
            .peek()
            .and_then(|c| c.to_digit(10).filter(|_| c.is_ascii()))
        {
            self.bump();
            let next = value
                .unwrap_or(0)
                .checked_mul(10)
                .and_then(|v| v.checked_add(digit as usize))
                .filter(|&v| v <= max)
                .ok_or_else(|| FormatError::value(too_big))?;
            value = Some(next);
        }
        Ok(value)
    }
}

/// `unsupported format character 'c' (0xNN) at index N`.
pub fn unsupported_conversion(conversion: &Conversion) -> FormatError {
    let c = conversion.conversion;
    let shown = if (' '..='~').contains(&c) || c == '\x1f' {
        c
    } else {
        '?'
    };
    FormatError::value(format!(
        "unsupported format character '{shown}' ({:#x}) at index {}",
        u32::from(c),
        conversion.index
    ))
}

/// `%d %i %u %o %x %X` of an integer; `max_str_digits` limits decimal
/// output as in `str()` (0 = unlimited).
pub fn printf_int(
    value: &BigInt,
    conversion: &Conversion,
    max_str_digits: usize,
) -> Result<String, FormatError> {
    let c = conversion.conversion;
    let precision = conversion.precision.unwrap_or(0);
    if precision > i32::MAX as usize - 3 {
        return Err(FormatError::overflow("precision too large"));
    }
    let (radix, prefix) = match c {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = magnitude_digits(value, radix, max_str_digits)?;
    if c == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut text = String::new();
    if value.is_negative() {
        text.push('-');
    }
    if conversion.flags.alternate {
        text.push_str(prefix);
    }
    text.extend(std::iter::repeat_n(
        '0',
        precision.saturating_sub(digits.len()),
    ));
    text.push_str(&digits);
    pad(&text, conversion, true)
}

/// `%e %E %f %F %g %G` of a float.
pub fn printf_float(value: f64, conversion: &Conversion) -> Result<String, FormatError> {
    let c = conversion.conversion;
    let style = match c {
        'e' | 'E' => FloatStyle::Exponent,
        'f' | 'F' => FloatStyle::Fixed,
        _ => FloatStyle::General,
    };
    let precision = conversion.precision.unwrap_or(6) as i32;
    let mut format = FloatFormat::new(style, precision);
    format.upper = c.is_ascii_uppercase();
    format.alternate = conversion.flags.alternate;
    pad(&double_to_string(value, &format)?, conversion, true)
}

/// `%s %r %a` of the argument's `str()`, `repr()` or `ascii()`, and `%c`
/// of its character.
pub fn printf_text(text: &str, conversion: &Conversion) -> Result<String, FormatError> {
    pad(text, conversion, false)
}

/// The character `%c` prints for an integer argument.
pub fn printf_char_code(value: &BigInt) -> Result<char, FormatError> {
    let out_of_range = || FormatError::overflow("%c arg not in range(0x110000)");
    let cp = u32::try_from(value).map_err(|_| out_of_range())?;
    if cp > 0x10ffff {
        return Err(out_of_range());
    }
    char::from_u32(cp).ok_or_else(|| {
        FormatError::value(format!(
            "cannot represent lone surrogate U+{cp:04X} in a string"
        ))
    })
}

/// Width, precision (for text), sign and zero padding around a rendered
/// conversion. Numbers arrive as `-`, an optional `0x`-style prefix and
/// digits; the sign and prefix stay in front of zero padding.
fn pad(text: &str, conversion: &Conversion, numeric: bool) -> Result<String, FormatError> {
    let flags = conversion.flags;
    let fill = if numeric && flags.zero_pad { '0' } else { ' ' };
    let mut body = text;
    if let Some(precision) = conversion.precision
        && matches!(conversion.conversion, 's' | 'r' | 'a')
    {
        body = body
            .char_indices()
            .nth(precision)
            .map_or(body, |(end, _)| &body[..end]);
    }
    let mut sign = None;
    if numeric {
        if let Some(first @ ('-' | '+')) = body.chars().next() {
            sign = Some(first);
            body = &body[1..];
        } else if flags.sign {
            sign = Some('+');
        } else if flags.blank {
            sign = Some(' ');
        }
    }
    let mut prefix = "";
    if numeric
        && flags.alternate
        && matches!(conversion.conversion, 'x' | 'X' | 'o')
        && let Some(rest) = ["0x", "0X", "0o"].iter().find_map(|p| body.strip_prefix(p))
    {
        prefix = &body[..2];
        body = rest;
    }
    let content = usize::from(sign.is_some()) + prefix.len() + body.chars().count();
    let padding = conversion.width.unwrap_or(0).saturating_sub(content);
    let mut out = String::new();
    crate::request::reserve(&mut out, text.len() + padding)?;
    let leading = if flags.left_adjust { 0 } else { padding };
    if fill == ' ' {
        out.extend(std::iter::repeat_n(' ', leading));
        out.extend(sign);
        out.push_str(prefix);
    } else {
        out.extend(sign);
        out.push_str(prefix);
        out.extend(std::iter::repeat_n(fill, leading));
    }
    out.push_str(body);
    out.extend(std::iter::repeat_n(' ', padding - leading));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stands in for the VM: positional integer arguments for `*`, and
    /// errors as plain strings.
    struct Args {
        stars: Vec<i64>,
        is_mapping: bool,
    }

    #[derive(Debug, PartialEq)]
    struct Failure(String);

    impl From<FormatError> for Failure {
        fn from(error: FormatError) -> Self {
            Failure(error.message)
        }
    }

    impl PrintfArgs for Args {
        type Error = Failure;

        fn begin_key(&mut self) -> Result<(), Failure> {
            if self.is_mapping {
                Ok(())
            } else {
                Err(Failure("format requires a mapping".into()))
            }
        }

        fn select_key(&mut self, key: &str) -> Result<(), Failure> {
            if key == "a(b)" {
                Ok(())
            } else {
                Err(Failure(format!("KeyError {key}")))
            }
        }

        fn star(&mut self, _: StarField) -> Result<i64, Failure> {
            if self.stars.is_empty() {
                return Err(Failure("not enough arguments for format string".into()));
            }
            Ok(self.stars.remove(0))
        }
    }

    fn parse_all<'a>(format: &'a str, stars: &[i64]) -> Result<Vec<Piece<'a>>, Failure> {
        let mut args = Args {
            stars: stars.to_vec(),
            is_mapping: false,
        };
        let mut parser = PrintfParser::new(format);
        let mut pieces = Vec::new();
        while let Some(piece) = parser.next_piece(&mut args)? {
            pieces.push(piece);
        }
        Ok(pieces)
    }

    fn one(format: &str, stars: &[i64]) -> Conversion {
        let pieces = parse_all(format, stars).unwrap();
        pieces
            .into_iter()
            .find_map(|piece| match piece {
                Piece::Conversion(c) => Some(c),
                _ => None,
            })
            .unwrap()
    }

    fn int(format: &str, value: i64) -> String {
        printf_int(&BigInt::from(value), &one(format, &[]), 4300).unwrap()
    }

    fn float(format: &str, value: f64) -> String {
        printf_float(value, &one(format, &[])).unwrap()
    }

    fn text(format: &str, value: &str) -> String {
        printf_text(value, &one(format, &[])).unwrap()
    }

    #[test]
    fn splits_literals_and_percents() {
        let pieces = parse_all("a%%b%sé", &[]).unwrap();
        assert_eq!(pieces[0], Piece::Literal("a"));
        assert_eq!(pieces[1], Piece::Percent);
        assert_eq!(pieces[2], Piece::Literal("b"));
        assert!(matches!(&pieces[3], Piece::Conversion(c) if c.conversion == 's' && c.index == 5));
        assert_eq!(pieces[4], Piece::Literal("é"));
    }

    #[test]
    fn parses_flags_width_precision() {
        let c = one("%-+ #012.5ld", &[]);
        assert!(c.flags.left_adjust && c.flags.sign && c.flags.blank);
        assert!(c.flags.alternate && c.flags.zero_pad);
        assert_eq!(
            (c.width, c.precision, c.conversion),
            (Some(12), Some(5), 'd')
        );
        assert_eq!(one("%.f", &[]).precision, Some(0));
        let c = one("%*.*f", &[-8, -2]);
        assert!(c.flags.left_adjust);
        assert_eq!((c.width, c.precision), (Some(8), Some(0)));
        assert_eq!(one("%5%", &[]).conversion, '%');
    }

    #[test]
    fn parse_errors_in_cpython_order() {
        let error = |format: &str| parse_all(format, &[]).unwrap_err().0;
        assert_eq!(error("%"), "incomplete format");
        assert_eq!(error("%5"), "incomplete format");
        assert_eq!(error("%.3"), "incomplete format");
        assert_eq!(error("%l"), "incomplete format");
        assert_eq!(error("%*d"), "not enough arguments for format string");
        assert_eq!(error("%(a"), "format requires a mapping");
        assert_eq!(error("%99999999999999999999d"), "width too big");
        assert_eq!(error("%.99999999999999999999d"), "precision too big");
        assert_eq!(error("%.3000000000d"), "precision too big");
        let mut args = Args {
            stars: vec![],
            is_mapping: true,
        };
        let mut parser = PrintfParser::new("%(a(b))s%(a");
        assert!(matches!(
            parser.next_piece(&mut args),
            Ok(Some(Piece::Conversion(_)))
        ));
        assert_eq!(
            parser.next_piece(&mut args).unwrap_err().0,
            "incomplete format key"
        );
        let mut parser = PrintfParser::new("%(x)s");
        assert_eq!(parser.next_piece(&mut args).unwrap_err().0, "KeyError x");
    }

    #[test]
    fn unsupported_characters() {
        let message = |format: &str| unsupported_conversion(&one(format, &[])).message;
        assert_eq!(
            message("%z"),
            "unsupported format character 'z' (0x7a) at index 1"
        );
        assert_eq!(
            message("%\u{20ac}"),
            "unsupported format character '?' (0x20ac) at index 1"
        );
        assert_eq!(
            message("%\0"),
            "unsupported format character '?' (0x0) at index 1"
        );
        assert_eq!(
            message("%\x1f"),
            "unsupported format character '\x1f' (0x1f) at index 1"
        );
        assert_eq!(
            message("%\x7f"),
            "unsupported format character '?' (0x7f) at index 1"
        );
        assert_eq!(
            message("%lld"),
            "unsupported format character 'l' (0x6c) at index 2"
        );
        assert_eq!(
            message("%ll"),
            "unsupported format character 'l' (0x6c) at index 2"
        );
        assert_eq!(
            message("%5.2%"),
            "unsupported format character '%' (0x25) at index 4"
        );
        assert_eq!(
            message("é%é"),
            "unsupported format character '?' (0xe9) at index 2"
        );
    }

    #[test]
    fn integers() {
        let cases: &[(&str, i64, &str)] = &[
            ("%d", 42, "42"),
            ("%5d", -42, "  -42"),
            ("%-5d|", 42, "42   "),
            ("%05d", -42, "-0042"),
            ("%+d", 0, "+0"),
            ("% d", 42, " 42"),
            ("%+05d", 42, "+0042"),
            ("%.3d", -42, "-042"),
            ("%8.3d", 42, "     042"),
            ("%#o", -42, "-0o52"),
            ("%#X", 255, "0XFF"),
            ("%#08x", 42, "0x00002a"),
            ("%#08x", -42, "-0x0002a"),
            ("%08x", -42, "-000002a"),
            ("%-#8x|", -42, "-0x2a   "),
            ("%+#x", 42, "+0x2a"),
            ("%#5o", 0, "  0o0"),
            ("%#.5x", -42, "-0x0002a"),
            ("% 08.4d", 42, " 0000042"),
            ("%.0d", 0, "0"),
            ("%#.3o", 8, "0o010"),
            ("%-+06d|", 5, "+5    "),
            ("% +d", 5, "+5"),
            ("%u", -42, "-42"),
            ("%#5x", 255, " 0xff"),
        ];
        for &(format, value, want) in cases {
            let format = format.trim_end_matches('|');
            assert_eq!(int(format, value), want, "{format} {value}");
        }
        let big: BigInt = "-1000000000000000000000000000000".parse().unwrap();
        assert_eq!(
            printf_int(&big, &one("%.40d", &[]), 4300).unwrap(),
            "-0000000001000000000000000000000000000000"
        );
        assert_eq!(
            printf_int(&big, &one("%x", &[]), 4300).unwrap(),
            "-c9f2c9cd04674edea40000000"
        );
        assert_eq!(
            printf_int(&BigInt::from(1), &one("%.2147483647d", &[]), 4300)
                .unwrap_err()
                .message,
            "precision too large"
        );
    }

    #[test]
    fn floats() {
        let cases: &[(&str, f64, &str)] = &[
            ("%f", 1.23456, "1.234560"),
            ("%10.3f", 1.23456, "     1.235"),
            ("%-10.3f", -2.5, "-2.500    "),
            ("%010.3f", -2.5, "-00002.500"),
            ("%+f", 0.0, "+0.000000"),
            ("% f", 1e20, " 100000000000000000000.000000"),
            ("%E", 1e-7, "1.000000E-07"),
            ("%g", 1.23456, "1.23456"),
            ("%G", 1e20, "1E+20"),
            ("%#g", -2.5, "-2.50000"),
            ("%#.0f", 1.23456, "1."),
            ("%#.0e", 1.23456, "1.e+00"),
            ("%.3g", -2.5, "-2.5"),
            ("%010f", -0.0, "-00.000000"),
            ("%010.3f", f64::INFINITY, "0000000inf"),
            ("%+010.2f", f64::NAN, "+000000nan"),
            ("%-10.3f", f64::NAN, "nan       "),
            ("%F", f64::NEG_INFINITY, "-INF"),
            ("%g", -0.0, "-0"),
        ];
        for &(format, value, want) in cases {
            assert_eq!(float(format, value), want, "{format} {value}");
        }
    }

    #[test]
    fn text_and_characters() {
        assert_eq!(text("%5s", "abc"), "  abc");
        assert_eq!(text("%-5s", "abc"), "abc  ");
        assert_eq!(text("%.2s", "héllo"), "hé");
        assert_eq!(text("%5.1s", "héllo"), "    h");
        assert_eq!(text("%05s", "abc"), "  abc");
        assert_eq!(text("%+s", "abc"), "abc");
        assert_eq!(text("%.2r", "'abc'"), "'a");
        assert_eq!(text("%-08s", "héllo"), "héllo   ");
        assert_eq!(text("%05c", "x"), "    x");
        assert_eq!(text("%.0c", "x"), "x");
        assert_eq!(printf_char_code(&BigInt::from(65)), Ok('A'));
        let huge: BigInt = "1180591620717411303424".parse().unwrap();
        assert_eq!(
            printf_char_code(&huge).unwrap_err().message,
            "%c arg not in range(0x110000)"
        );
        assert!(printf_char_code(&BigInt::from(-1)).is_err());
    }
}
