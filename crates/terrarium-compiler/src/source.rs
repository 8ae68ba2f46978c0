//! Byte offsets to lines and columns, as CPython counts them.

use ruff_text_size::TextRange;

use crate::bytecode::Location;

/// Line starts of a source text. Lines end at `\n`, `\r\n` or a lone `\r`,
/// like CPython's tokenizer after newline translation.
pub(crate) struct SourceIndex<'s> {
    text: &'s str,
    line_starts: Vec<u32>,
}

impl<'s> SourceIndex<'s> {
    pub(crate) fn new(text: &'s str) -> Self {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i as u32 + 1),
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    line_starts.push(i as u32 + 2);
                    i += 1;
                }
                b'\r' => line_starts.push(i as u32 + 1),
                _ => {}
            }
            i += 1;
        }
        SourceIndex { text, line_starts }
    }

    pub(crate) fn text(&self) -> &'s str {
        self.text
    }

    /// 1-based line and 0-based byte column of a byte offset.
    pub(crate) fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        (line as u32 + 1, offset - self.line_starts[line])
    }

    pub(crate) fn location(&self, range: TextRange) -> Location {
        let (line, col) = self.line_col(range.start().into());
        let (end_line, end_col) = self.line_col(range.end().into());
        Location {
            line,
            end_line,
            col,
            end_col,
        }
    }

    /// The text of a 1-based line, without its line break.
    pub(crate) fn line_text(&self, line: u32) -> &'s str {
        let Some(&start) = self.line_starts.get(line as usize - 1) else {
            return "";
        };
        let end = self
            .line_starts
            .get(line as usize)
            .map_or(self.text.len(), |&e| e as usize);
        self.text[start as usize..end].trim_end_matches(['\n', '\r'])
    }

    /// Converts a byte column on a line to a character column, as CPython
    /// does for `SyntaxError.offset`.
    pub(crate) fn char_col(&self, line: u32, byte_col: u32) -> u32 {
        let text = self.line_text(line);
        let byte_col = (byte_col as usize).min(text.len());
        let mut end = byte_col;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text[..end].chars().count() as u32 + (byte_col - end) as u32
    }
}
