//! Per-thread free lists for the most churned builtin objects (floats and
//! machine-sized ints), as CPython keeps for floats: a dead object's memory
//! goes on its type's list instead of back to the allocator, and the next
//! allocation of that type takes it from there.
//!
//! Only plain (`Obj<T>`, untracked) instances of a builtin type are listed,
//! and only when their payload owns nothing (`Payload::LEAF`, checked by the
//! type's `RECYCLE` hook), so a listed object is just memory with a valid
//! header: its type is the immortal builtin type and its payload needs no
//! drop.
//!
//! The lists are per thread, not per heap: a listed object carries nothing
//! from the context that freed it, so whichever context takes it next gets
//! fresh memory. They are empty while the builtin types are built (nothing
//! immortal is ever freed), so no shared object comes from them.

use std::cell::{Cell, RefCell};
use std::marker::PhantomData;
use std::ptr::NonNull;

use super::{Header, Obj, Payload, PyRef};

/// Enough to absorb the churn of a loop; the rest goes back to the allocator.
const MAX_LISTED: usize = 1024;

pub struct FreeList<T: Payload> {
    dead: RefCell<Vec<NonNull<Header>>>,
    _payload: PhantomData<Cell<T>>,
}

impl<T: Payload> FreeList<T> {
    pub const fn new() -> FreeList<T> {
        FreeList {
            dead: RefCell::new(Vec::new()),
            _payload: PhantomData,
        }
    }

    /// Lists a dead object; false if the list is full (or busy).
    ///
    /// # Safety
    /// `p` must be a plain `Obj<T>` of a builtin type, with refcount zero,
    /// referenced by nothing, whose payload owns nothing.
    pub unsafe fn push(&self, p: NonNull<Header>) -> bool {
        debug_assert!(T::LEAF && !T::GC);
        match self.dead.try_borrow_mut() {
            Ok(mut dead) if dead.len() < MAX_LISTED => {
                dead.push(p);
                true
            }
            _ => false,
        }
    }

    /// A listed object brought back to life with `payload`, if any is listed.
    #[inline]
    pub fn revive(&self, payload: T) -> Result<PyRef, T> {
        let p = match self.dead.try_borrow_mut().ok().and_then(|mut d| d.pop()) {
            Some(p) => p,
            None => return Err(payload),
        };
        // SAFETY: listed objects are `Obj<T>` memory with an intact header
        // whose type is the immortal builtin type; the old payload needs no
        // drop, so it is overwritten.
        unsafe {
            let obj = p.as_ptr() as *mut Obj<T>;
            std::ptr::addr_of_mut!((*obj).payload).write(payload);
            (*obj).header.ob_refcnt.set(1);
            Ok(PyRef::from_raw(p))
        }
    }
}

impl<T: Payload> Drop for FreeList<T> {
    fn drop(&mut self) {
        for p in self.dead.get_mut().drain(..) {
            // SAFETY: listed objects are dead and referenced by nothing.
            unsafe { super::free_dead_now::<T>(p) };
        }
    }
}
