//! The interpreter's views of a running frame's values buffer (see
//! `objects/frame.rs`): the slots (fast locals, cells, free variables) and
//! the value stack above them.
//!
//! The views hold raw pointers so that the loop can keep the stack pointer in
//! a register instead of going through the frame on every push and pop.
//! Invariants, established by [`FrameValues::new`] and kept by every method:
//!
//! 1. The buffer outlives the views: `execute` makes them from a frame it
//!    holds a reference to, and drops them before returning.
//! 2. `slots..slots + nslots` are the slots; `bottom = slots + nslots`,
//!    `bottom <= sp <= end`, and `end` is the end of the buffer.
//! 3. Entries in `bottom..sp` are `Some`; entries in `sp..end` are `None`.
//! 4. While the frame runs, only these views write to the buffer. Others only
//!    read slots between instructions (`f_locals`, tracebacks), and the
//!    collector does not look inside an executing frame. No `&mut` into the
//!    buffer is kept across a call that can run Python code.
//!
//! Stack overflow and underflow cannot happen with bytecode from our compiler,
//! which computes each code object's maximum depth; they are still checked
//! (one predictable comparison) and panic rather than corrupt memory.

use crate::object::PyRef;

pub struct FrameValues {
    slots: *mut Option<PyRef>,
    nslots: usize,
    bottom: *mut Option<PyRef>,
    sp: *mut Option<PyRef>,
    end: *mut Option<PyRef>,
}

#[cold]
#[inline(never)]
fn stack_overflow() -> ! {
    panic!("value stack overflow: the compiler's maximum depth is wrong")
}

#[cold]
#[inline(never)]
fn stack_underflow() -> ! {
    panic!("value stack underflow: the compiler emitted unbalanced code")
}

#[cold]
#[inline(never)]
fn bad_slot() -> ! {
    panic!("slot index out of range")
}

impl FrameValues {
    /// # Safety
    /// `buffer..buffer + len` must be a frame's values buffer meeting the
    /// invariants of the module comment, with `depth` values on the stack.
    #[inline]
    pub unsafe fn new(buffer: *mut Option<PyRef>, nslots: usize, len: usize, depth: usize) -> Self {
        debug_assert!(nslots + depth <= len);
        // SAFETY: all within the buffer (caller's contract).
        unsafe {
            FrameValues {
                slots: buffer,
                nslots,
                bottom: buffer.add(nslots),
                sp: buffer.add(nslots + depth),
                end: buffer.add(len),
            }
        }
    }

    // ---- slots ----

    #[inline(always)]
    fn slot_ptr(&self, i: usize) -> *mut Option<PyRef> {
        if i >= self.nslots {
            bad_slot();
        }
        // SAFETY: in bounds (checked above).
        unsafe { self.slots.add(i) }
    }

    /// A new reference to slot `i`'s value.
    #[inline(always)]
    pub fn slot(&self, i: usize) -> Option<PyRef> {
        // SAFETY: invariant 4: nothing writes the slot meanwhile.
        unsafe { (*self.slot_ptr(i)).clone() }
    }

    /// Stores into slot `i`, returning the old value for the caller to drop
    /// (its destructor may run Python code, which may read the slots).
    #[inline(always)]
    #[must_use]
    pub fn replace_slot(&mut self, i: usize, v: Option<PyRef>) -> Option<PyRef> {
        // SAFETY: invariant 4; the `&mut` lives for this statement only.
        unsafe { std::mem::replace(&mut *self.slot_ptr(i), v) }
    }

    // ---- the stack ----

    #[inline(always)]
    pub fn depth(&self) -> usize {
        // SAFETY: invariant 2: both point into one buffer, bottom <= sp.
        unsafe { self.sp.offset_from(self.bottom) as usize }
    }

    #[inline(always)]
    pub fn push(&mut self, v: PyRef) {
        if self.sp == self.end {
            stack_overflow();
        }
        // SAFETY: sp < end; the entry is `None` (invariant 3), so
        // overwriting it without dropping leaks nothing.
        unsafe {
            self.sp.write(Some(v));
            self.sp = self.sp.add(1);
        }
    }

    #[inline(always)]
    pub fn pop(&mut self) -> PyRef {
        if self.sp == self.bottom {
            stack_underflow();
        }
        // SAFETY: bottom < sp, so sp - 1 is a `Some` entry (invariant 3);
        // taking it leaves `None` behind as the invariant requires.
        unsafe {
            self.sp = self.sp.sub(1);
            (*self.sp).take().unwrap_unchecked()
        }
    }

    /// The `n`th value from the top (`peek(1)` is the top).
    #[inline(always)]
    pub fn peek(&self, n: usize) -> &PyRef {
        if n == 0 || n > self.depth() {
            stack_underflow();
        }
        // SAFETY: 1 <= n <= depth, so the entry is a `Some` in bounds.
        unsafe { (*self.sp.sub(n)).as_ref().unwrap_unchecked() }
    }

    #[inline(always)]
    pub fn top(&self) -> &PyRef {
        self.peek(1)
    }

    /// Swaps the top with the `n`th value from the top.
    #[inline(always)]
    pub fn swap(&mut self, n: usize) {
        if n == 0 || n > self.depth() {
            stack_underflow();
        }
        // SAFETY: both entries are in `bottom..sp`.
        unsafe { std::ptr::swap(self.sp.sub(1), self.sp.sub(n)) }
    }

    /// The top `n` values, bottom first, without popping them.
    #[inline(always)]
    pub fn top_slice(&self, n: usize) -> &[PyRef] {
        if n > self.depth() {
            stack_underflow();
        }
        // SAFETY: the `n` entries below sp are `Some` (invariant 3), and an
        // `Option<PyRef>` holding `Some` has the layout of a `PyRef` (the
        // null-pointer niche).
        unsafe { std::slice::from_raw_parts(self.sp.sub(n) as *const PyRef, n) }
    }

    /// Pops the top `n` values, bottom first.
    #[inline]
    pub fn pop_n(&mut self, n: usize) -> Vec<PyRef> {
        if n > self.depth() {
            stack_underflow();
        }
        // SAFETY: the `n` entries below sp are `Some`; taking them leaves
        // `None`s, and sp moves down past them.
        unsafe {
            let start = self.sp.sub(n);
            let v = (0..n)
                .map(|i| (*start.add(i)).take().unwrap_unchecked())
                .collect();
            self.sp = start;
            v
        }
    }

    /// Pops and drops values until `depth` remain.
    #[inline]
    pub fn truncate(&mut self, depth: usize) {
        // Each value is dropped with the stack consistent (a destructor may
        // run Python code, though none of it can reach this frame's stack).
        while self.depth() > depth {
            drop(self.pop());
        }
    }
}
