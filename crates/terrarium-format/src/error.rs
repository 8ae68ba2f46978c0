//! Failures, each carrying CPython's exact message and the exception class
//! CPython raises with it.

use std::fmt;

/// The Python exception class a failure corresponds to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    OverflowError,
    MemoryError,
}

/// A formatting failure: format specs, %-formatting, int to str.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    pub kind: ErrorKind,
    pub message: String,
}

impl FormatError {
    pub(crate) fn value(message: impl Into<String>) -> Self {
        Self {
            kind: ErrorKind::ValueError,
            message: message.into(),
        }
    }

    pub(crate) fn overflow(message: impl Into<String>) -> Self {
        Self {
            kind: ErrorKind::OverflowError,
            message: message.into(),
        }
    }

    /// CPython raises a bare MemoryError when a result cannot be allocated.
    pub(crate) fn memory() -> Self {
        Self {
            kind: ErrorKind::MemoryError,
            message: String::new(),
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for FormatError {}

/// `int()` rejected its text or base; always a ValueError.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseIntError {
    pub message: String,
}

impl fmt::Display for ParseIntError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ParseIntError {}

/// `float()` rejected its text; always a ValueError.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFloatError {
    pub message: String,
}

impl fmt::Display for ParseFloatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ParseFloatError {}
