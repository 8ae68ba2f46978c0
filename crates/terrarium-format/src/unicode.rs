//! The few Unicode character properties CPython's text rules depend on.

use unicode_general_category::{GeneralCategory, get_general_category};

/// `str.isspace()` for one character: bidirectional class WS, B or S, or
/// category Zs. The set is small and fixed for Unicode 14, so it is listed.
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..='\x1f'
            | ' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// `str.isprintable()` for one character, the test `repr()` uses to decide
/// what to escape.
pub fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_ascii() {
        return c.is_ascii_graphic();
    }
    !matches!(
        get_general_category(c),
        GeneralCategory::Control
            | GeneralCategory::Format
            | GeneralCategory::Surrogate
            | GeneralCategory::PrivateUse
            | GeneralCategory::Unassigned
            | GeneralCategory::LineSeparator
            | GeneralCategory::ParagraphSeparator
            | GeneralCategory::SpaceSeparator
    )
}

/// The decimal digit value of a character (`unicodedata.decimal`), as
/// `int()`, `float()` and format-spec widths accept any script's digits.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    if !is_decimal_digit(c) {
        return None;
    }
    // Unicode lays every decimal digit set out as consecutive runs of ten
    // starting at zero, so the value is the distance from the run's start.
    let mut start = c as u32;
    while let Some(prev) = start.checked_sub(1).and_then(char::from_u32) {
        if !is_decimal_digit(prev) {
            break;
        }
        start -= 1;
    }
    Some((c as u32 - start) % 10)
}

/// What `int()` and `float()` see of a str: other scripts' digits become
/// ASCII digits and non-ASCII whitespace a space; anything else outside
/// ASCII (and DEL) becomes `?`, which no number accepts. ASCII stays as is,
/// so the separators `\x1c`..`\x1f`, whitespace to `str.isspace`, are not
/// skipped as whitespace by the number parsers.
pub(crate) fn numeric_ascii(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| {
            if u32::from(c) < 127 {
                c as u8
            } else if is_space(c) {
                b' '
            } else {
                decimal_value(c).map_or(b'?', |d| b'0' + d as u8)
            }
        })
        .collect()
}

fn is_decimal_digit(c: char) -> bool {
    get_general_category(c) == GeneralCategory::DecimalNumber
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn space_matches_str_isspace() {
        for c in [
            '\t', '\x0b', '\x1c', '\u{85}', '\u{a0}', '\u{2007}', '\u{3000}',
        ] {
            assert!(is_space(c), "{c:?}");
        }
        for c in ['\x08', '\x0e', '\u{200b}', '\u{feff}', 'a'] {
            assert!(!is_space(c), "{c:?}");
        }
    }

    #[test]
    fn printable_follows_general_category() {
        for c in [' ', 'a', '~', '\u{a1}', 'é', '\u{3042}', '😀', '\u{1f6dd}'] {
            assert!(is_printable(c), "{c:?}");
        }
        // U+1F6DD above arrived in Unicode 14 and U+1F6DC below in 15, which
        // CPython 3.11 does not know yet.
        for c in [
            '\x7f',
            '\n',
            '\u{a0}',
            '\u{ad}',
            '\u{2028}',
            '\u{e000}',
            '\u{3000}',
            '\u{10ffff}',
            '\u{1f6dc}',
        ] {
            assert!(!is_printable(c), "{c:?}");
        }
    }

    #[test]
    fn numeric_ascii_transformation() {
        assert_eq!(numeric_ascii("\u{a0}\u{661}2\u{3000}"), b" 12 ");
        assert_eq!(numeric_ascii("\x1c1\x7f\u{b2}"), b"\x1c1??");
    }

    #[test]
    fn decimal_values_of_other_scripts() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\u{663}'), Some(3));
        assert_eq!(decimal_value('\u{1d7ce}'), Some(0));
        assert_eq!(decimal_value('\u{1d7d9}'), Some(1));
        assert_eq!(decimal_value('\u{1d7ff}'), Some(9));
        assert_eq!(decimal_value('\u{b2}'), None);
        assert_eq!(decimal_value('\u{2167}'), None);
    }
}
