//! `repr()` and `ascii()` of str, and `repr()` of bytes.

use std::fmt::Write;

use crate::unicode::is_printable;

/// `repr(s)` for a str.
pub fn python_str_repr(s: &str) -> String {
    quote_text(s, false)
}

/// `ascii(s)` for a str: like `repr` with every non-ASCII character escaped.
pub fn python_ascii_repr(s: &str) -> String {
    quote_text(s, true)
}

/// `repr(b)` for bytes, `b'...'`.
pub fn python_bytes_repr(bytes: &[u8]) -> String {
    let quote = choose_quote(bytes.contains(&b'\''), bytes.contains(&b'"'));
    let mut out = String::with_capacity(bytes.len() + 3);
    out.push('b');
    out.push(quote);
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if char::from(b) == quote => {
                out.push('\\');
                out.push(quote);
            }
            b' '..=b'~' => out.push(char::from(b)),
            _ => {
                let _ = write!(out, "\\x{b:02x}");
            }
        }
    }
    out.push(quote);
    out
}

/// Single quotes unless the text holds a single quote and no double quote.
fn choose_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double { '"' } else { '\'' }
}

fn quote_text(s: &str, ascii_only: bool) -> String {
    let quote = choose_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(quote);
            }
            ' '..='~' => out.push(c),
            _ if !c.is_ascii() && !ascii_only && is_printable(c) => out.push(c),
            _ => push_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// The shortest of `\xNN`, `\uNNNN` and `\UNNNNNNNN` that holds the code point.
fn push_escape(out: &mut String, c: char) {
    let cp = u32::from(c);
    let _ = if cp < 0x100 {
        write!(out, "\\x{cp:02x}")
    } else if cp < 0x10000 {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_repr_quotes() {
        assert_eq!(python_str_repr("abc"), "'abc'");
        assert_eq!(python_str_repr(""), "''");
        assert_eq!(python_str_repr("it's"), "\"it's\"");
        assert_eq!(python_str_repr("say \"hi\""), "'say \"hi\"'");
        assert_eq!(python_str_repr("'\""), "'\\'\"'");
    }

    #[test]
    fn str_repr_escapes() {
        assert_eq!(
            python_str_repr("a\\b\tc\nd\re\x00\x1f\x7f"),
            "'a\\\\b\\tc\\nd\\re\\x00\\x1f\\x7f'"
        );
        assert_eq!(python_str_repr("é\u{a0}\u{ad}"), "'é\\xa0\\xad'");
        assert_eq!(
            python_str_repr("\u{2028}\u{3042}\u{e000}\u{fffe}"),
            "'\\u2028あ\\ue000\\ufffe'"
        );
        assert_eq!(
            python_str_repr("😀\u{e0001}\u{10ffff}\u{1f6dc}"),
            "'😀\\U000e0001\\U0010ffff\\U0001f6dc'"
        );
    }

    #[test]
    fn ascii_repr_escapes_everything_non_ascii() {
        assert_eq!(
            python_ascii_repr("héllo ā 😀 '"),
            "\"h\\xe9llo \\u0101 \\U0001f600 '\""
        );
        assert_eq!(python_ascii_repr("\x7f\n"), "'\\x7f\\n'");
    }

    #[test]
    fn bytes_repr() {
        assert_eq!(python_bytes_repr(b""), "b''");
        assert_eq!(python_bytes_repr(b"abc"), "b'abc'");
        assert_eq!(python_bytes_repr(b"it's"), "b\"it's\"");
        assert_eq!(python_bytes_repr(b"'\""), "b'\\'\"'");
        assert_eq!(
            python_bytes_repr(b"\x00\t\n\r\\\x7f\x80\xff~ "),
            "b'\\x00\\t\\n\\r\\\\\\x7f\\x80\\xff~ '"
        );
    }
}
