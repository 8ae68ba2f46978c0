//! The largest buffer formatting may reserve. The crate knows nothing of the
//! machine, so its user sets the ceiling (the VM: what the machine could
//! ever grant, see `terrarium_vm::memory`); a width or precision that needs
//! more is a `MemoryError` before any allocator is asked.

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::error::FormatError;

static CEILING: AtomicUsize = AtomicUsize::new(usize::MAX);

pub fn set_request_ceiling(bytes: usize) {
    CEILING.store(bytes, Ordering::Relaxed);
}

/// `MemoryError` for a request above the ceiling.
pub(crate) fn check(bytes: usize) -> Result<(), FormatError> {
    if bytes > CEILING.load(Ordering::Relaxed) {
        return Err(FormatError::memory());
    }
    Ok(())
}

/// `String::try_reserve` under the ceiling.
pub(crate) fn reserve(out: &mut String, additional: usize) -> Result<(), FormatError> {
    check(additional)?;
    out.try_reserve(additional)
        .map_err(|_| FormatError::memory())
}
