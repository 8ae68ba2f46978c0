//! Compilation errors: CPython's `SyntaxError` family and `RecursionError`.

use std::fmt;

use crate::bytecode::Location;
use crate::source::SourceIndex;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    /// `SyntaxError`.
    Syntax,
    /// `IndentationError`.
    Indentation,
    /// `TabError`.
    Tab,
    /// `RecursionError`: the source nests deeper than the compiler allows.
    Recursion,
}

/// A compilation error with the position CPython reports: 1-based lines and
/// 1-based offsets (`SyntaxError.offset` / `end_offset`). Like CPython's,
/// the offsets count characters for errors the parser finds and UTF-8
/// bytes for errors found later (scopes, code generation).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub message: String,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    /// The source line the error starts on, with a trailing newline.
    pub text: Option<String>,
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (line {})", self.message, self.line)
    }
}

impl std::error::Error for CompileError {}

impl CompileError {
    /// An error the parser or tokenizer finds: CPython converts its columns
    /// to characters.
    pub(crate) fn at_chars(
        kind: CompileErrorKind,
        message: impl Into<String>,
        loc: Location,
        index: &SourceIndex,
    ) -> Self {
        Self::new(
            kind,
            message,
            loc,
            index,
            index.char_col(loc.line, loc.col),
            index.char_col(loc.end_line, loc.end_col),
        )
    }

    /// An error the symbol table or the code generator finds: CPython
    /// reports those columns in UTF-8 bytes, as the AST has them.
    pub(crate) fn at_bytes(
        kind: CompileErrorKind,
        message: impl Into<String>,
        loc: Location,
        index: &SourceIndex,
    ) -> Self {
        Self::new(kind, message, loc, index, loc.col, loc.end_col)
    }

    fn new(
        kind: CompileErrorKind,
        message: impl Into<String>,
        loc: Location,
        index: &SourceIndex,
        col: u32,
        end_col: u32,
    ) -> Self {
        let text = index.line_text(loc.line);
        CompileError {
            kind,
            message: message.into(),
            line: loc.line,
            col: col + 1,
            end_line: loc.end_line,
            end_col: end_col + 1,
            text: Some(format!("{text}\n")),
        }
    }
}

/// Result of the compiler's internal passes.
pub(crate) type CResult<T> = Result<T, CompileError>;

/// How deep the symbol table and code generator may recurse into the AST
/// (CPython: three times the default recursion limit of 1000).
pub(crate) const MAX_NESTING: u32 = 3000;

pub(crate) const RECURSION_MESSAGE: &str = "maximum recursion depth exceeded during compilation";
