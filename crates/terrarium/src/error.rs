//! Errors of the embedding API.

use std::fmt;

/// What went wrong running Python code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// An uncaught Python exception.
    Python {
        /// The exception's type name, e.g. `"ZeroDivisionError"`.
        type_name: String,
        /// `str()` of the exception.
        message: String,
        /// The traceback as CPython prints it.
        traceback: String,
    },
    /// The program raised `SystemExit` with this status.
    Exit(i32),
    /// The context could not be created.
    Setup(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Python {
                type_name, message, ..
            } if message.is_empty() => write!(f, "{type_name}"),
            Error::Python {
                type_name, message, ..
            } => write!(f, "{type_name}: {message}"),
            Error::Exit(code) => write!(f, "SystemExit: {code}"),
            Error::Setup(m) => write!(f, "cannot create context: {m}"),
        }
    }
}

impl std::error::Error for Error {}
