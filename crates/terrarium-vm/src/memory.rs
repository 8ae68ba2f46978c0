//! Memory whose size the program chooses, asked for in one way that ends in
//! `MemoryError` instead of aborting the process.
//!
//! Rust's ordinary allocation aborts when the allocator refuses, so every
//! buffer sized by the program (repeat counts, joins, widths, conversions,
//! table growth) is reserved through `Reserve` first. A request no machine
//! here could grant (more than RAM plus swap, or than the address-space
//! limit) is refused before the allocator sees it: mimalloc maps with
//! `MAP_NORESERVE`, so it would grant a terabyte and the kernel would kill
//! the process once the pages were touched. Whatever the allocator refuses
//! itself (under an address-space limit, say) is a `MemoryError` too.

use std::collections::TryReserveError;
use std::sync::OnceLock;

use crate::error::PyResult;
use crate::vm::Vm;

/// The largest single request worth making, in bytes.
pub fn request_ceiling() -> usize {
    static CEILING: OnceLock<usize> = OnceLock::new();
    *CEILING.get_or_init(|| {
        let ceiling =
            usize::try_from(terrarium_os::largest_grantable_request()).unwrap_or(usize::MAX);
        terrarium_format::set_request_ceiling(ceiling);
        ceiling
    })
}

/// `MemoryError` unless a request of `bytes` could be granted.
pub fn check_request(vm: &Vm, bytes: usize) -> PyResult<()> {
    if bytes > request_ceiling() {
        return Err(vm.memory_error());
    }
    Ok(())
}

/// `Vec::try_reserve` and `String::try_reserve`, with the ceiling checked
/// and the refusal raised as `MemoryError`.
pub trait Reserve {
    /// Bytes one more element takes.
    const ELEMENT: usize;
    fn try_grow(&mut self, additional: usize, exact: bool) -> Result<(), TryReserveError>;

    fn reserve_or_raise(&mut self, vm: &Vm, additional: usize) -> PyResult<()> {
        check_request(vm, additional.saturating_mul(Self::ELEMENT))?;
        self.try_grow(additional, false)
            .map_err(|_| vm.memory_error())
    }

    fn reserve_exact_or_raise(&mut self, vm: &Vm, additional: usize) -> PyResult<()> {
        check_request(vm, additional.saturating_mul(Self::ELEMENT))?;
        self.try_grow(additional, true)
            .map_err(|_| vm.memory_error())
    }
}

impl<T> Reserve for Vec<T> {
    const ELEMENT: usize = size_of::<T>();
    fn try_grow(&mut self, additional: usize, exact: bool) -> Result<(), TryReserveError> {
        if exact {
            self.try_reserve_exact(additional)
        } else {
            self.try_reserve(additional)
        }
    }
}

impl Reserve for String {
    const ELEMENT: usize = 1;
    fn try_grow(&mut self, additional: usize, exact: bool) -> Result<(), TryReserveError> {
        if exact {
            self.try_reserve_exact(additional)
        } else {
            self.try_reserve(additional)
        }
    }
}

/// `v.push(item)`, with the growth refused as `MemoryError` rather than
/// aborting when the vector is full.
#[inline]
pub fn push_or_raise<T>(vm: &Vm, v: &mut Vec<T>, item: T) -> PyResult<()> {
    if v.len() == v.capacity() {
        v.reserve_or_raise(vm, 1)?;
    }
    v.push(item);
    Ok(())
}

/// `vec![value; n]`, refused with `MemoryError` rather than aborting.
pub fn filled_vec<T: Clone>(vm: &Vm, value: T, n: usize) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    v.reserve_exact_or_raise(vm, n)?;
    v.resize(n, value);
    Ok(v)
}

/// A request refused (by the ceiling or the allocator), for the code that
/// has no `Vm` at hand to raise `MemoryError` with; its caller raises it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutOfMemory;
