//! A context's heap: the list of the objects it tracks for the cycle
//! collector, and the tables keyed by object address that must never be
//! consulted by another context (weak references, the attribute cache).
//!
//! The rule this file enforces: **one heap per context**. Every tracked
//! object is linked into the heap that was current when it was allocated;
//! `gc.get_objects()`, `gc.get_referrers()`, collections, weak-reference
//! lookups and the attribute cache only ever look at the current heap. A
//! context makes its heap current while it runs (`Vm::enter`), so two
//! contexts interleaved on one thread, or one context moving between
//! threads, never see each other's objects. Dropping a context frees what
//! its heap still tracks (`Vm`'s `Drop`), then the heap itself.
//!
//! One heap is special: the **immortal** heap that the builtin types are
//! built in (`bootstrap.rs`). Objects allocated while it is current are
//! immortal (PEP 683: their refcount is never written) and untracked, so
//! everything all contexts share is immortal by construction, not by the
//! care of each allocation site.

use std::cell::Cell;
use std::ptr::NonNull;

use terrarium_format::HashSecret;

use super::Header;
use super::layout::GcHead;
use crate::objects::method_cache::MethodCache;
use crate::objects::weakref::WeakTable;

pub struct Heap {
    /// Sentinel of the circular list of tracked objects. Boxed so that the
    /// links stay valid when the `Heap` value moves.
    list: Box<GcHead>,
    /// Objects in `list`.
    tracked: Cell<usize>,
    /// Tracked allocations since the last collection (CPython's
    /// generation-0 count).
    allocated: Cell<usize>,
    immortal: bool,
    /// This context's hash secret (`hashing.rs`), and whether it is the
    /// shared one.
    hash_secret: HashSecret,
    uses_shared_secret: bool,
    pub(crate) weak_refs: WeakTable,
    pub(crate) method_cache: MethodCache,
}

thread_local! {
    static CURRENT: Cell<*const Heap> = const { Cell::new(std::ptr::null()) };
}

/// The heap current on this thread, if any.
#[inline(always)]
pub fn current<'a>() -> Option<&'a Heap> {
    let p = CURRENT.with(Cell::get);
    // SAFETY: `Heap::enter` publishes the pointer only while its guard
    // lives, and the guard borrows nothing that outlives the heap (see
    // `enter`).
    unsafe { p.as_ref() }
}

/// Makes a heap current until dropped, then restores the previous one.
pub struct HeapGuard {
    prev: *const Heap,
}

impl Drop for HeapGuard {
    fn drop(&mut self) {
        CURRENT.with(|c| c.set(self.prev));
    }
}

impl Heap {
    /// A context's heap, hashing with `hash_secret`.
    pub fn new(hash_secret: HashSecret) -> Heap {
        Heap::with_kind(false, hash_secret)
    }

    /// The heap the builtin types are built in: see the module comment.
    pub(crate) fn immortal() -> Heap {
        Heap::with_kind(true, *crate::hashing::shared_secret())
    }

    fn with_kind(immortal: bool, hash_secret: HashSecret) -> Heap {
        let list = Box::new(GcHead::unlinked());
        let p = &*list as *const GcHead as *mut GcHead;
        list.prev.set(p);
        list.next.set(p);
        Heap {
            list,
            tracked: Cell::new(0),
            allocated: Cell::new(0),
            immortal,
            hash_secret,
            uses_shared_secret: hash_secret == *crate::hashing::shared_secret(),
            weak_refs: WeakTable::default(),
            method_cache: MethodCache::default(),
        }
    }

    /// Makes this heap current on this thread until the guard drops.
    ///
    /// The caller keeps the heap alive and in place for as long as the
    /// guard lives (`Vm` owns its heap and hands out guards from `&self`).
    pub fn enter(&self) -> HeapGuard {
        let prev = CURRENT.with(|c| c.replace(self as *const Heap));
        HeapGuard { prev }
    }

    pub fn is_immortal(&self) -> bool {
        self.immortal
    }

    pub fn hash_secret(&self) -> HashSecret {
        self.hash_secret
    }

    pub fn uses_shared_secret(&self) -> bool {
        self.uses_shared_secret
    }

    /// Links a GC head at the end of the list.
    pub(super) fn link(&self, head: &GcHead) {
        let sentinel = &*self.list as *const GcHead as *mut GcHead;
        let last = self.list.prev.get();
        head.prev.set(last);
        head.next.set(sentinel);
        // SAFETY: list members are live GcHeads of this heap.
        unsafe { (*last).next.set(head as *const GcHead as *mut GcHead) };
        self.list.prev.set(head as *const GcHead as *mut GcHead);
        self.tracked.set(self.tracked.get() + 1);
        self.allocated.set(self.allocated.get() + 1);
    }

    /// Accounts for a head that left the list.
    pub(super) fn unlinked(&self) {
        self.tracked.set(self.tracked.get().saturating_sub(1));
        // As in CPython, objects freed before a collection do not count
        // towards the next one.
        self.allocated.set(self.allocated.get().saturating_sub(1));
    }

    /// Number of objects this heap tracks.
    pub fn tracked_count(&self) -> usize {
        self.tracked.get()
    }

    pub fn allocated_since_collect(&self) -> usize {
        self.allocated.get()
    }

    pub fn reset_allocated(&self) {
        self.allocated.set(0);
    }

    /// Calls `f` with every object this heap tracks, in allocation order.
    /// `f` may free the object it is given but no other member.
    pub fn for_each_tracked(&self, mut f: impl FnMut(NonNull<Header>)) {
        let sentinel = &*self.list as *const GcHead;
        let mut cur = self.list.next.get() as *const GcHead;
        while cur != sentinel {
            // SAFETY: members are live; the header follows the GC head.
            let next = unsafe { (*cur).next.get() };
            f(unsafe { super::layout::object_of(cur) });
            cur = next;
        }
    }

    /// Unlinks every object still listed, so that none points at the
    /// sentinel once the heap is gone (used for what teardown could not
    /// free: those objects are leaked, never touched again).
    pub(crate) fn abandon_tracked(&self) {
        let sentinel = &*self.list as *const GcHead as *mut GcHead;
        let mut cur = self.list.next.get();
        while cur != sentinel {
            // SAFETY: members are live GcHeads of this heap.
            let head = unsafe { &*cur };
            cur = head.next.get();
            head.prev.set(std::ptr::null_mut());
            head.next.set(std::ptr::null_mut());
        }
        self.list.prev.set(sentinel);
        self.list.next.set(sentinel);
        self.tracked.set(0);
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        self.abandon_tracked();
    }
}
