//! How objects are laid out in memory and freed.
//!
//! * `Obj<T>`: a builtin type's instance.
//! * `Obj<Extended<T>>`: an instance of a class defined in Python whose solid
//!   base has payload `T`; the `T` comes first, so a `&Obj<Extended<T>>` is a
//!   valid `&Obj<T>` and builtin methods work on subclass instances. The
//!   instance dict and `__slots__` follow it.
//! * Objects that can take part in reference cycles are preceded by a
//!   [`GcHead`] that links them into their heap's list of tracked objects (`heap.rs`),
//!   as CPython's `PyGC_Head` does.

use std::any::TypeId;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

use super::{Header, Obj, PyRef};

/// What a type's payload must provide.
pub trait Payload: 'static + Sized {
    /// Whether instances can hold references that form cycles.
    const GC: bool = false;
    /// Whether the payload owns no object references at all (numbers,
    /// strings, bytes): freeing it cannot free anything else.
    const LEAF: bool = false;
    /// Visits every object reference the payload owns.
    fn traverse(&self, _visit: &mut dyn FnMut(&PyRef)) {}
    /// Drops the references the payload owns, to break cycles.
    fn clear(&self) {}
    /// A type's free list: called instead of freeing a dead instance
    /// (refcount zero, finalizer done); returns whether it took care of the
    /// object's memory.
    const RECYCLE: Option<unsafe fn(NonNull<Header>) -> bool> = None;
}

impl Payload for () {}

/// The dict, `__slots__` values and weak-reference list of an instance of a
/// class defined in Python.
pub struct InstanceExtra {
    pub dict: RefCell<Option<PyRef>>,
    pub slots: Box<[RefCell<Option<PyRef>>]>,
}

impl InstanceExtra {
    pub fn new(has_dict: bool, nslots: usize) -> InstanceExtra {
        let _ = has_dict;
        InstanceExtra {
            dict: RefCell::new(None),
            slots: (0..nslots).map(|_| RefCell::new(None)).collect(),
        }
    }
}

#[repr(C)]
pub struct Extended<T> {
    pub base: T,
    pub extra: InstanceExtra,
}

impl<T: Payload> Payload for Extended<T> {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        self.base.traverse(visit);
        if let Some(d) = self.extra.dict.borrow().as_ref() {
            visit(d);
        }
        for s in self.extra.slots.iter() {
            if let Some(v) = s.borrow().as_ref() {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        self.base.clear();
        let d = self.extra.dict.borrow_mut().take();
        drop(d);
        for s in self.extra.slots.iter() {
            let v = s.borrow_mut().take();
            drop(v);
        }
    }
}

/// The per-payload-type functions a type object needs to manage instances.
pub struct Layout {
    pub payload_id: TypeId,
    pub gc: bool,
    pub leaf: bool,
    pub extra_offset: usize,
    pub dealloc: unsafe fn(NonNull<Header>),
    pub dealloc_extended: unsafe fn(NonNull<Header>),
    pub traverse: unsafe fn(NonNull<Header>, &mut dyn FnMut(&PyRef)),
    pub traverse_extended: unsafe fn(NonNull<Header>, &mut dyn FnMut(&PyRef)),
    pub clear: unsafe fn(NonNull<Header>),
    pub clear_extended: unsafe fn(NonNull<Header>),
}

impl Layout {
    pub fn of<T: Payload>() -> &'static Layout {
        struct Holder<T>(std::marker::PhantomData<T>);
        impl<T: Payload> Holder<T> {
            const LAYOUT: Layout = Layout {
                payload_id: TypeId::of::<T>(),
                gc: T::GC,
                leaf: T::LEAF,
                extra_offset: std::mem::offset_of!(Obj<Extended<T>>, payload)
                    + std::mem::offset_of!(Extended<T>, extra),
                dealloc: free::<T>,
                dealloc_extended: free::<Extended<T>>,
                traverse: traverse::<T>,
                traverse_extended: traverse::<Extended<T>>,
                clear: clear::<T>,
                clear_extended: clear::<Extended<T>>,
            };
        }
        assert_eq!(
            std::mem::offset_of!(Obj<T>, payload),
            std::mem::offset_of!(Obj<Extended<T>>, payload),
            "payload alignment must not exceed the header's"
        );
        &Holder::<T>::LAYOUT
    }
}

/// Links tracked objects of one heap; `gc_refs` is the collector's
/// scratch count, `gc::OUTSIDE` except during a collection.
#[repr(C)]
pub struct GcHead {
    pub prev: Cell<*mut GcHead>,
    pub next: Cell<*mut GcHead>,
    pub gc_refs: Cell<isize>,
    /// Set once the collector has run the object's finalizer (PEP 442).
    pub finalized: Cell<bool>,
    /// Set once a weak reference to the object was made: freeing it must
    /// then clear its weak references (`objects/weakref.rs`).
    pub weakly_referenced: Cell<bool>,
}

#[repr(C)]
struct GcBox<T> {
    head: GcHead,
    obj: Obj<T>,
}

const GC_HEAD_SIZE: usize = std::mem::size_of::<GcHead>();

impl GcHead {
    pub(super) fn unlinked() -> GcHead {
        GcHead {
            prev: Cell::new(std::ptr::null_mut()),
            next: Cell::new(std::ptr::null_mut()),
            gc_refs: Cell::new(crate::gc::OUTSIDE),
            finalized: Cell::new(false),
            weakly_referenced: Cell::new(false),
        }
    }
}

/// The object that follows a GC head.
///
/// # Safety
/// `head` must be the head of a live object.
pub(super) unsafe fn object_of(head: *const GcHead) -> NonNull<Header> {
    unsafe { NonNull::new_unchecked((head as *const u8).add(GC_HEAD_SIZE) as *mut Header) }
}

/// Whether and how a new object gets a GC head.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Gc {
    None,
    Tracked,
    /// A GC head, not yet linked: see [`track`].
    Untracked,
}

/// Allocates `obj`, linking it into `heap` if `gc` says it is tracked.
pub(super) fn allocate<T>(
    obj: Obj<T>,
    gc: Gc,
    heap: Option<&super::heap::Heap>,
) -> NonNull<Header> {
    if gc == Gc::None {
        let b = Box::new(obj);
        return NonNull::from(Box::leak(b)).cast();
    }
    debug_assert_eq!(std::mem::offset_of!(GcBox<T>, obj), GC_HEAD_SIZE);
    let b = Box::new(GcBox {
        head: GcHead::unlinked(),
        obj,
    });
    let boxed = Box::leak(b);
    if let (Gc::Tracked, Some(heap)) = (gc, heap) {
        heap.link(&boxed.head);
    }
    NonNull::from(&boxed.obj).cast()
}

/// Starts tracking an object allocated untracked (no-op if it already is).
///
/// # Safety
/// `p` must be a live object allocated with a GC head.
pub unsafe fn track(p: NonNull<Header>) {
    let head = unsafe { gc_head(p) };
    if head.prev.get().is_null() {
        link(head);
    }
}

/// Whether an object with a GC head is in a heap's tracked list.
///
/// # Safety
/// `p` must be a live object allocated with a GC head.
pub unsafe fn is_linked(p: NonNull<Header>) -> bool {
    !unsafe { gc_head(p) }.prev.get().is_null()
}

/// Links a head into the current heap's list; with no heap current (no
/// context running) the object stays untracked.
fn link(head: &GcHead) {
    if let Some(heap) = super::heap::current() {
        heap.link(head);
    }
}

/// Removes a head from the tracked list, if it is in it.
fn unlink(head: &GcHead) {
    let (prev, next) = (head.prev.get(), head.next.get());
    if prev.is_null() {
        return;
    }
    head.prev.set(std::ptr::null_mut());
    head.next.set(std::ptr::null_mut());
    // SAFETY: list members are live GcHeads of one heap.
    unsafe {
        (*prev).next.set(next);
        (*next).prev.set(prev);
    }
    if let Some(heap) = super::heap::current() {
        heap.unlinked();
    }
}

/// The GC head of a tracked object.
///
/// # Safety
/// `p` must be an object allocated with a GC head.
pub unsafe fn gc_head(p: NonNull<Header>) -> &'static GcHead {
    unsafe { &*((p.as_ptr() as *const u8).sub(GC_HEAD_SIZE) as *const GcHead) }
}

unsafe fn free<T: Payload>(p: NonNull<Header>) {
    if let Some(recycle) = T::RECYCLE {
        if unsafe { recycle(p) } {
            return;
        }
    }
    unsafe { free_without_recycling::<T>(p) }
}

/// Frees a dead object's memory after dropping its payload, without
/// offering it to the type's free list.
///
/// # Safety
/// `p` must be an `Obj<T>` (not `Extended`) with refcount zero that
/// nothing references.
pub unsafe fn free_without_recycling<T: Payload>(p: NonNull<Header>) {
    if T::GC {
        let head = unsafe { gc_head(p) };
        unlink(head);
        let bx = head as *const GcHead as *mut GcBox<T>;
        drop(unsafe { Box::from_raw(bx) });
    } else {
        drop(unsafe { Box::from_raw(p.as_ptr() as *mut Obj<T>) });
    }
}

/// Stops tracking an object (no-op if it is not tracked).
///
/// # Safety
/// `p` must be a live or dead-but-unfreed object with a GC head.
pub unsafe fn untrack(p: NonNull<Header>) {
    unlink(unsafe { gc_head(p) });
}

unsafe fn traverse<T: Payload>(p: NonNull<Header>, visit: &mut dyn FnMut(&PyRef)) {
    let obj = unsafe { &*(p.as_ptr() as *const Obj<T>) };
    obj.payload.traverse(visit);
}

unsafe fn clear<T: Payload>(p: NonNull<Header>) {
    let obj = unsafe { &*(p.as_ptr() as *const Obj<T>) };
    obj.payload.clear();
}
