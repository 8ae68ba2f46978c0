//! The limits CPython's tokenizer enforces and ruff's lexer does not:
//! at most 200 open brackets, at most 100 indentation levels, and
//! indentation that means the same with a tab size of 8 and of 1.
//!
//! Strings are opaque here, as they are to CPython 3.11's tokenizer (an
//! f-string is a single token), so brackets inside them do not count.

use crate::error::CompileErrorKind;

const MAX_BRACKETS: u32 = 200;
const MAX_INDENT_LEVELS: usize = 100;

pub(crate) struct ScanError {
    pub(crate) kind: CompileErrorKind,
    pub(crate) message: &'static str,
    /// Byte offset of the offending character.
    pub(crate) offset: usize,
}

/// Returns the first violated limit. Malformed input (unterminated strings,
/// inconsistent dedents) stops the scan: the parser reports those.
pub(crate) fn check_limits(source: &str) -> Option<ScanError> {
    let b = source.as_bytes();
    let mut i = 0;
    let mut brackets = 0u32;
    // Indentation stack as (column with tab size 8, column with tab size 1).
    let mut indents: Vec<(u32, u32)> = vec![(0, 0)];
    let mut at_line_start = true;
    while i < b.len() {
        if at_line_start {
            at_line_start = false;
            let line_start = i;
            let (mut col, mut alt) = (0u32, 0u32);
            while i < b.len() {
                match b[i] {
                    b' ' => {
                        col += 1;
                        alt += 1;
                    }
                    b'\t' => {
                        col = (col / 8 + 1) * 8;
                        alt += 1;
                    }
                    b'\x0c' => {
                        col = 0;
                        alt = 0;
                    }
                    _ => break,
                }
                i += 1;
            }
            let blank = i >= b.len() || matches!(b[i], b'\n' | b'\r' | b'#' | b'\\');
            if !blank {
                let tab_error = ScanError {
                    kind: CompileErrorKind::Tab,
                    message: "inconsistent use of tabs and spaces in indentation",
                    offset: line_start,
                };
                let &(top, top_alt) = indents.last().unwrap();
                if col == top {
                    if alt != top_alt {
                        return Some(tab_error);
                    }
                } else if col > top {
                    if indents.len() >= MAX_INDENT_LEVELS {
                        return Some(ScanError {
                            kind: CompileErrorKind::Indentation,
                            message: "too many levels of indentation",
                            offset: line_start,
                        });
                    }
                    if alt <= top_alt {
                        return Some(tab_error);
                    }
                    indents.push((col, alt));
                } else {
                    while indents.len() > 1 && col < indents.last().unwrap().0 {
                        indents.pop();
                    }
                    let &(top, top_alt) = indents.last().unwrap();
                    if col != top {
                        return None;
                    }
                    if alt != top_alt {
                        return Some(tab_error);
                    }
                }
            }
            continue;
        }
        match b[i] {
            b'#' => {
                while i < b.len() && !matches!(b[i], b'\n' | b'\r') {
                    i += 1;
                }
            }
            b'\\' => {
                // A line continuation joins the next physical line.
                i += 1;
                if b.get(i) == Some(&b'\r') {
                    i += 1;
                }
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\n' | b'\r' => {
                if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                i += 1;
                at_line_start = brackets == 0;
            }
            quote @ (b'\'' | b'"') => i = skip_string(b, i, quote)?,
            b'(' | b'[' | b'{' => {
                brackets += 1;
                if brackets > MAX_BRACKETS {
                    return Some(ScanError {
                        kind: CompileErrorKind::Syntax,
                        message: "too many nested parentheses",
                        offset: i,
                    });
                }
                i += 1;
            }
            b')' | b']' | b'}' => {
                brackets = brackets.saturating_sub(1);
                i += 1;
            }
            _ => i += 1,
        }
    }
    None
}

/// Returns the offset after the string starting at `start`, or `None` if it
/// is unterminated. A backslash always protects the next character, even in
/// raw strings, so prefixes do not matter.
fn skip_string(b: &[u8], start: usize, quote: u8) -> Option<usize> {
    let triple = b.get(start + 1) == Some(&quote) && b.get(start + 2) == Some(&quote);
    let mut i = start + if triple { 3 } else { 1 };
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            c if c == quote => {
                if !triple {
                    return Some(i + 1);
                }
                if b.get(i + 1) == Some(&quote) && b.get(i + 2) == Some(&quote) {
                    return Some(i + 3);
                }
                i += 1;
            }
            b'\n' | b'\r' if !triple => return None,
            _ => i += 1,
        }
    }
    None
}
