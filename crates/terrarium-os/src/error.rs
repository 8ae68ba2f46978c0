use std::ffi::{CStr, c_char};
use std::fmt;
use std::io;

use crate::errno;

/// A failed operating-system operation: an errno value and the path or paths it concerned.
///
/// It carries exactly what CPython's `OSError` needs (`errno`, `filename`, `filename2`), so
/// the VM can pick the subclass (`FileNotFoundError` for `ENOENT`, `PermissionError` for
/// `EACCES`, ...) the way CPython does.
///
/// ```
/// use terrarium_os::{OsError, errno};
///
/// let err = OsError::new(errno::ENOENT).with_filename(b"spam.txt");
/// assert_eq!(err.strerror(), "No such file or directory");
/// assert_eq!(err.to_string(), "[Errno 2] No such file or directory: 'spam.txt'");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OsError {
    errno: i32,
    filename: Option<Vec<u8>>,
    filename2: Option<Vec<u8>>,
}

/// The result of every fallible operation in this crate.
pub type OsResult<T> = Result<T, OsError>;

impl OsError {
    /// An error with this errno value and no file name.
    pub fn new(errno: i32) -> Self {
        Self {
            errno,
            filename: None,
            filename2: None,
        }
    }

    /// The error the last failed system call on this thread left in `errno`.
    pub(crate) fn last() -> Self {
        Self::new(
            io::Error::last_os_error()
                .raw_os_error()
                .unwrap_or(errno::EIO),
        )
    }

    /// The same error, reported against `filename`.
    pub fn with_filename(mut self, filename: &[u8]) -> Self {
        self.filename = Some(filename.to_vec());
        self
    }

    /// The same error, reported against two files (as `rename` and `symlink` do).
    pub fn with_filenames(mut self, filename: &[u8], filename2: &[u8]) -> Self {
        self.filename = Some(filename.to_vec());
        self.filename2 = Some(filename2.to_vec());
        self
    }

    /// The errno value.
    pub fn errno(&self) -> i32 {
        self.errno
    }

    /// The file the operation concerned, if any.
    pub fn filename(&self) -> Option<&[u8]> {
        self.filename.as_deref()
    }

    /// The second file of a two-path operation, if any.
    pub fn filename2(&self) -> Option<&[u8]> {
        self.filename2.as_deref()
    }

    /// The platform's message for the errno value.
    pub fn strerror(&self) -> String {
        strerror(self.errno)
    }
}

/// CPython's `str(OSError)`, so host-side logs read like Python tracebacks.
impl fmt::Display for OsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[Errno {}] {}", self.errno, self.strerror())?;
        if let Some(name) = &self.filename {
            write!(f, ": '{}'", String::from_utf8_lossy(name))?;
        }
        if let Some(name) = &self.filename2 {
            write!(f, " -> '{}'", String::from_utf8_lossy(name))?;
        }
        Ok(())
    }
}

impl std::error::Error for OsError {}

/// Errors from host streams handed to the virtual backend rarely carry an errno, so their
/// kind is mapped to the errno CPython would have seen from the equivalent system call.
impl From<io::Error> for OsError {
    fn from(err: io::Error) -> Self {
        if let Some(code) = err.raw_os_error() {
            return Self::new(code);
        }
        Self::new(match err.kind() {
            io::ErrorKind::NotFound => errno::ENOENT,
            io::ErrorKind::PermissionDenied => errno::EACCES,
            io::ErrorKind::AlreadyExists => errno::EEXIST,
            io::ErrorKind::BrokenPipe => errno::EPIPE,
            io::ErrorKind::WouldBlock => errno::EAGAIN,
            io::ErrorKind::Interrupted => errno::EINTR,
            io::ErrorKind::InvalidInput => errno::EINVAL,
            io::ErrorKind::Unsupported => errno::ENOSYS,
            _ => errno::EIO,
        })
    }
}

/// The platform's message for `errno`, as `os.strerror` returns it.
///
/// ```
/// assert_eq!(terrarium_os::strerror(terrarium_os::errno::EACCES), "Permission denied");
/// ```
pub fn strerror(errno: i32) -> String {
    let mut buf = [0 as c_char; 256];
    // SAFETY: the buffer is writable for the length passed; the XSI variant that libc binds
    // always NUL-terminates what it writes.
    let rc = unsafe { libc::strerror_r(errno, buf.as_mut_ptr(), buf.len()) };
    if rc != 0 {
        return format!("Unknown error {errno}");
    }
    // SAFETY: strerror_r succeeded, so the buffer holds a NUL-terminated string.
    unsafe { CStr::from_ptr(buf.as_ptr()) }
        .to_string_lossy()
        .into_owned()
}
