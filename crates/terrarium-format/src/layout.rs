//! Padding, signs and digit grouping around already rendered numbers.
//!
//! A number is laid out as
//! `[lpad][sign][prefix][spad][grouped digits][.][remainder][rpad]`, where
//! only one of the three paddings is ever non-empty.

use crate::error::FormatError;
use crate::spec::{Align, Sign};

/// Widths past this cannot be allocated on any machine we run on; refusing
/// them up front keeps the arithmetic below from overflowing.
const MAX_WIDTH: usize = 1 << 48;

/// The text of a number split the way the layout needs it.
pub(crate) struct NumberParts<'a> {
    pub negative: bool,
    /// `0x`, `0o`, `0b` (already in the wanted case) or empty.
    pub prefix: &'a str,
    /// The integer digits, the only part that is grouped; may be empty
    /// (`inf`, or the character of `c`).
    pub digits: &'a str,
    pub has_decimal_point: bool,
    /// Whatever follows the point, or the digits when there is no point.
    pub remainder: &'a str,
}

impl<'a> NumberParts<'a> {
    /// Splits CPython-style float text (`-12.5e+07`, `inf`, `150%`).
    pub fn from_float_text(text: &'a str) -> Self {
        let (negative, body) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let digit_end = body
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len());
        let (digits, rest) = body.split_at(digit_end);
        let (has_decimal_point, remainder) = match rest.strip_prefix('.') {
            Some(after) => (true, after),
            None => (false, rest),
        };
        Self {
            negative,
            prefix: "",
            digits,
            has_decimal_point,
            remainder,
        }
    }
}

/// The spec fields that shape a number's layout.
#[derive(Clone, Copy)]
pub(crate) struct NumberLayout {
    pub fill: char,
    pub align: Align,
    pub sign: Option<Sign>,
    pub width: Option<usize>,
    /// Separator and group size.
    pub grouping: Option<(char, usize)>,
}

impl NumberLayout {
    /// The sign character to print, if any.
    fn sign_char(&self, negative: bool) -> Option<char> {
        match (negative, self.sign) {
            (true, _) => Some('-'),
            (false, Some(Sign::Plus)) => Some('+'),
            (false, Some(Sign::Space)) => Some(' '),
            (false, _) => None,
        }
    }

    /// Lays the number out, padded to the width.
    pub fn render(&self, parts: &NumberParts<'_>) -> Result<String, FormatError> {
        let sign = self.sign_char(parts.negative);
        let width = self.width.unwrap_or(0);
        if width > MAX_WIDTH {
            return Err(FormatError::memory());
        }
        let fixed = usize::from(sign.is_some())
            + parts.prefix.chars().count()
            + usize::from(parts.has_decimal_point)
            + parts.remainder.chars().count();
        // Zero padding after the sign is done by the grouping code, so
        // that the separators run through the zeros too.
        let min_digits = if self.fill == '0' && self.align == Align::AfterSign {
            width.saturating_sub(fixed)
        } else {
            0
        };
        let grouped = if parts.digits.is_empty() {
            String::new()
        } else {
            group_digits(parts.digits, min_digits, self.grouping)?
        };
        let content = fixed + grouped.chars().count();
        let padding = width.saturating_sub(content);
        let (left, inner, right) = match self.align {
            Align::Left => (0, 0, padding),
            Align::Right => (padding, 0, 0),
            Align::Center => (padding / 2, 0, padding - padding / 2),
            Align::AfterSign => (0, padding, 0),
        };

        let mut out = String::new();
        crate::request::reserve(
            &mut out,
            grouped.len() + fixed * 4 + padding * self.fill.len_utf8(),
        )?;
        push_fill(&mut out, self.fill, left);
        out.extend(sign);
        out.push_str(parts.prefix);
        push_fill(&mut out, self.fill, inner);
        out.push_str(&grouped);
        if parts.has_decimal_point {
            out.push('.');
        }
        out.push_str(parts.remainder);
        push_fill(&mut out, self.fill, right);
        Ok(out)
    }
}

/// Inserts separators every `group` digits from the right, padding with
/// zeros to at least `min_width` characters; a separator never leads, so
/// the result can be one longer than asked.
fn group_digits(
    digits: &str,
    min_width: usize,
    grouping: Option<(char, usize)>,
) -> Result<String, FormatError> {
    let longest = digits.len().max(min_width);
    let Some((separator, group)) = grouping else {
        let mut out = String::new();
        crate::request::reserve(&mut out, longest)?;
        out.extend(std::iter::repeat_n('0', longest - digits.len()));
        out.push_str(digits);
        return Ok(out);
    };
    let digits = digits.as_bytes();
    let mut remaining = digits.len();
    let mut min_width = min_width as isize;
    // Chunks are produced right to left and reversed at the end.
    let mut reversed: Vec<u8> = Vec::new();
    let needed = longest + longest / group + 1;
    crate::request::check(needed)?;
    reversed
        .try_reserve(needed)
        .map_err(|_| FormatError::memory())?;
    loop {
        let wanted = (remaining as isize).max(min_width).max(1) as usize;
        let len = group.min(wanted);
        let taken = remaining.min(len);
        reversed.extend(digits[remaining - taken..remaining].iter().rev());
        reversed.extend(std::iter::repeat_n(b'0', len - taken));
        remaining -= taken;
        min_width -= len as isize;
        if remaining == 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
        reversed.push(separator as u8);
    }
    reversed.reverse();
    Ok(String::from_utf8(reversed).unwrap_or_default())
}

fn push_fill(out: &mut String, fill: char, count: usize) {
    out.extend(std::iter::repeat_n(fill, count));
}

/// Pads already final text to `width` (strings, complex numbers).
pub(crate) fn pad_text(
    text: &str,
    fill: char,
    align: Align,
    width: Option<usize>,
) -> Result<String, FormatError> {
    let len = text.chars().count();
    let width = width.unwrap_or(0);
    if width > MAX_WIDTH {
        return Err(FormatError::memory());
    }
    let padding = width.saturating_sub(len);
    let left = match align {
        Align::Right => padding,
        Align::Center => padding / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let mut out = String::new();
    crate::request::reserve(&mut out, text.len() + padding * fill.len_utf8())?;
    push_fill(&mut out, fill, left);
    out.push_str(text);
    push_fill(&mut out, fill, padding - left);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_pads_through_separators() {
        assert_eq!(
            group_digits("1234567", 0, Some((',', 3))).unwrap(),
            "1,234,567"
        );
        assert_eq!(
            group_digits("255", 20, Some((',', 3))).unwrap(),
            "0,000,000,000,000,255"
        );
        assert_eq!(
            group_digits("255", 19, Some((',', 3))).unwrap(),
            "000,000,000,000,255"
        );
        assert_eq!(group_digits("ff", 0, Some(('_', 4))).unwrap(), "ff");
        assert_eq!(group_digits("10000", 0, Some(('_', 4))).unwrap(), "1_0000");
        assert_eq!(group_digits("42", 5, None).unwrap(), "00042");
    }

    #[test]
    fn float_text_split() {
        let parts = NumberParts::from_float_text("-12.5e+07");
        assert!(parts.negative && parts.has_decimal_point);
        assert_eq!((parts.digits, parts.remainder), ("12", "5e+07"));
        let parts = NumberParts::from_float_text("inf");
        assert_eq!((parts.digits, parts.remainder), ("", "inf"));
        let parts = NumberParts::from_float_text("1e+16");
        assert!(!parts.has_decimal_point);
        assert_eq!((parts.digits, parts.remainder), ("1", "e+16"));
    }
}
