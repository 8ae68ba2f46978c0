//! Python 3.11 source to Terrarium bytecode.
//!
//! The pipeline: ruff parses (targeting 3.11, so newer syntax is a
//! `SyntaxError`), `scan` adds the tokenizer limits ruff lacks, `symtable`
//! resolves scopes, `codegen` emits code objects.

pub mod bytecode;
mod codegen;
mod disassemble;
mod error;
mod flow;
mod parse;
mod scan;
mod source;
mod symtable;
mod unparse;

pub use disassemble::disassemble;
pub use error::{CompileError, CompileErrorKind};

use bytecode::CodeObject;

/// What the source is, as `compile()`'s `mode` argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: statements.
    Exec,
    /// One expression, whose value the code returns.
    Eval,
    /// One interactive statement: expression values are printed.
    Single,
}

#[derive(Clone, Debug)]
pub struct CompileOptions {
    pub filename: String,
    pub mode: Mode,
    /// `from __future__ import annotations` inherited from the caller.
    pub future_annotations: bool,
    /// `-O` level: 1 drops asserts and makes `__debug__` False, 2 also
    /// drops docstrings.
    pub optimize: u8,
    /// `sys.get_int_max_str_digits()`: a decimal literal with more digits
    /// is a SyntaxError, as in CPython (0: no limit).
    pub int_max_str_digits: usize,
}

/// CPython's default `sys.int_max_str_digits`.
pub const DEFAULT_INT_MAX_STR_DIGITS: usize = 4300;

/// Compiles source text to the code object of its module (or expression).
pub fn compile(source: &str, options: &CompileOptions) -> Result<CodeObject, CompileError> {
    // A byte order mark is not part of the program (and CPython's columns
    // do not count it).
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let index = source::SourceIndex::new(source);
    let parsed = parse::parse(source, options.mode, &index, options.int_max_str_digits)?;
    let future_annotations =
        options.future_annotations || codegen::has_future_annotations(parsed.ast());
    let table = symtable::build(parsed.ast(), &index, future_annotations)?;
    codegen::compile_module(parsed.ast(), &table, &index, options, future_annotations)
}
