//! The object core: the header every heap object starts with, the owning
//! handle [`PyRef`], allocation and deallocation.
//!
//! This module and `layout.rs` hold the unsafe code of the object model. The
//! invariants, written once here:
//!
//! 1. Every object is an `Obj<T>` (or `Obj<Extended<T>>`, see `layout.rs`),
//!    `#[repr(C)]`, starting with [`Header`], which is laid out like CPython
//!    3.11's `PyObject`: `ob_refcnt: isize`, then `ob_type`. A C extension can
//!    therefore use our objects directly.
//! 2. An object with `ob_refcnt >= IMMORTAL` is immortal (PEP 683): its
//!    refcount is never written. Everything shared between contexts (builtin
//!    types and their dicts, None, True, False, Ellipsis, NotImplemented, small
//!    ints, interned names of builtins) is immortal, because it is allocated
//!    while the immortal heap is current (`heap.rs`).
//! 3. **Shared means immutable, enforced where the write happens.** A shared
//!    object is never written after process start: the builtin types' dicts
//!    are frozen (`Dict::freeze`; every write path of `dict.rs` refuses a
//!    frozen table) and `TypeData`'s setters refuse builtin types. So
//!    contexts on different threads only ever read what they share.
//! 4. Everything else belongs to one context's heap (`heap.rs`) and is
//!    touched only by the thread holding that context's GIL, which is why
//!    refcounts are plain `Cell`s.
//! 5. A [`PyRef`] owns one reference. `Clone` increments, `Drop` decrements and
//!    deallocates at zero through the type's layout, after the type-specific
//!    payload has been dropped.
//! 6. Deallocation never recurses without bound: nested deallocations past
//!    `TRASHCAN_DEPTH` are queued and run iteratively (CPython's trashcan).

pub mod free_list;
pub mod heap;
pub mod layout;

use std::cell::Cell;
use std::marker::PhantomData;
use std::ptr::NonNull;

pub use layout::{Extended, GcHead, InstanceExtra, Layout, Payload, gc_head};

use crate::typeobj::TypeData;

/// Refcounts at or above this value mark an immortal object.
pub const IMMORTAL: isize = 1 << 60;

/// CPython's `PyObject`.
#[repr(C)]
pub struct Header {
    pub ob_refcnt: Cell<isize>,
    pub ob_type: Cell<*const Obj<TypeData>>,
}

/// An object: the header, then the type's payload.
#[repr(C)]
pub struct Obj<T> {
    pub header: Header,
    pub payload: T,
}

/// An owned (strong) reference to a Python object.
#[repr(transparent)]
pub struct PyRef {
    ptr: NonNull<Header>,
    _not_send: PhantomData<*const Header>,
}

impl PyRef {
    /// Takes ownership of one reference that the caller already holds.
    ///
    /// # Safety
    /// `ptr` must point to a live object whose refcount includes the
    /// reference being transferred.
    #[inline]
    pub unsafe fn from_raw(ptr: NonNull<Header>) -> PyRef {
        PyRef {
            ptr,
            _not_send: PhantomData,
        }
    }

    /// Makes a new reference to a live object.
    ///
    /// # Safety
    /// `ptr` must point to a live object.
    #[inline]
    pub unsafe fn from_borrowed(ptr: NonNull<Header>) -> PyRef {
        unsafe { incref(ptr) };
        PyRef {
            ptr,
            _not_send: PhantomData,
        }
    }

    /// Gives up ownership without decrementing.
    #[inline]
    pub fn into_raw(self) -> NonNull<Header> {
        let p = self.ptr;
        std::mem::forget(self);
        p
    }

    #[inline]
    pub fn as_ptr(&self) -> *const Header {
        self.ptr.as_ptr()
    }

    #[inline]
    pub fn as_non_null(&self) -> NonNull<Header> {
        self.ptr
    }

    #[inline]
    pub fn header(&self) -> &Header {
        // SAFETY: a PyRef keeps its object alive (invariant 5).
        unsafe { self.ptr.as_ref() }
    }

    #[inline]
    pub fn is(&self, other: &PyRef) -> bool {
        self.ptr == other.ptr
    }

    /// The address, as `id()` reports it.
    #[inline]
    pub fn id(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    #[inline]
    pub fn refcount(&self) -> isize {
        self.header().ob_refcnt.get()
    }

    /// The object's type, borrowed.
    #[inline]
    pub fn type_obj(&self) -> &Obj<TypeData> {
        // SAFETY: an object's type outlives it: instances hold a reference to
        // their heap type, and builtin types are immortal.
        unsafe { &*self.header().ob_type.get() }
    }

    #[inline]
    pub fn ty(&self) -> &TypeData {
        &self.type_obj().payload
    }

    /// The object's type as a new reference.
    #[inline]
    pub fn class(&self) -> PyRef {
        let p = self.header().ob_type.get() as *mut Header;
        // SAFETY: see `type_obj`.
        unsafe { PyRef::from_borrowed(NonNull::new_unchecked(p)) }
    }

    #[inline]
    pub fn type_is(&self, ty: &PyRef) -> bool {
        std::ptr::eq(self.header().ob_type.get() as *const Header, ty.as_ptr())
    }

    /// The payload, if the object's layout is `T` (exact type or subclass).
    #[inline]
    pub fn downcast<T: Payload>(&self) -> Option<&T> {
        if self.ty().payload_id == std::any::TypeId::of::<T>() {
            // SAFETY: the layout says the payload is a `T` at the start of the
            // payload area (Extended<T> begins with its T).
            Some(unsafe { self.payload_unchecked::<T>() })
        } else {
            None
        }
    }

    /// # Safety
    /// The object's payload must be a `T`.
    #[inline]
    pub unsafe fn payload_unchecked<T: Payload>(&self) -> &T {
        unsafe { &(*(self.ptr.as_ptr() as *const Obj<T>)).payload }
    }

    /// The dict and slots of an instance of a class defined in Python.
    #[inline]
    pub fn extra(&self) -> Option<&InstanceExtra> {
        let ty = self.ty();
        if ty.instances_extended {
            // SAFETY: `instances_extended` types allocate Obj<Extended<T>>, whose
            // InstanceExtra is at `extra_offset`.
            unsafe {
                let p = (self.ptr.as_ptr() as *const u8).add(ty.layout.extra_offset);
                Some(&*(p as *const InstanceExtra))
            }
        } else {
            None
        }
    }

    /// Changes `__class__` (the layouts must already have been checked equal).
    pub fn set_class(&self, ty: PyRef) {
        let old = self
            .header()
            .ob_type
            .replace(ty.into_raw().as_ptr() as *const Obj<TypeData>);
        // SAFETY: the old type reference was owned by this object.
        unsafe { decref(NonNull::new_unchecked(old as *mut Header)) };
    }
}

impl Clone for PyRef {
    #[inline]
    fn clone(&self) -> PyRef {
        // SAFETY: self is alive.
        unsafe { PyRef::from_borrowed(self.ptr) }
    }
}

impl Drop for PyRef {
    #[inline]
    fn drop(&mut self) {
        // SAFETY: we own one reference.
        unsafe { decref(self.ptr) }
    }
}

impl PartialEq for PyRef {
    fn eq(&self, other: &PyRef) -> bool {
        self.is(other)
    }
}

impl std::fmt::Debug for PyRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{} object at {:#x}>", self.ty().name, self.id())
    }
}

#[inline]
unsafe fn incref(p: NonNull<Header>) {
    let rc = unsafe { &p.as_ref().ob_refcnt };
    let c = rc.get();
    if c < IMMORTAL {
        rc.set(c + 1);
    }
}

#[inline]
unsafe fn decref(p: NonNull<Header>) {
    let rc = unsafe { &p.as_ref().ob_refcnt };
    let c = rc.get();
    if c < IMMORTAL {
        if c == 1 {
            rc.set(0);
            unsafe { dealloc(p) };
        } else {
            rc.set(c - 1);
        }
    }
}

const TRASHCAN_DEPTH: usize = 200;

/// Nested deallocations in progress on this thread, and those queued for
/// later because the nesting got too deep.
struct Trashcan {
    depth: Cell<usize>,
    deferred: std::cell::RefCell<Vec<NonNull<Header>>>,
}

thread_local! {
    static TRASHCAN: Trashcan = const {
        Trashcan {
            depth: Cell::new(0),
            deferred: std::cell::RefCell::new(Vec::new()),
        }
    };
}

/// Destroys an object whose refcount reached zero.
#[cold]
unsafe fn dealloc(p: NonNull<Header>) {
    let ty = unsafe { &(*p.as_ref().ob_type.get()).payload };
    if ty.layout.leaf && !ty.instances_extended && ty.finalizer().is_none() {
        // Owns no references, so it cannot free anything else: no trashcan
        // bookkeeping. Its type is a builtin one (immortal), as heap
        // subclasses are `instances_extended`.
        unsafe { (ty.layout.dealloc)(p) };
        return;
    }
    TRASHCAN.with(|t| {
        let depth = t.depth.get();
        if depth >= TRASHCAN_DEPTH {
            t.deferred.borrow_mut().push(p);
            return;
        }
        t.depth.set(depth + 1);
        unsafe { dealloc_now(p) };
        if depth == 0 {
            loop {
                let next = t.deferred.borrow_mut().pop();
                match next {
                    Some(p) => unsafe { dealloc_now(p) },
                    None => break,
                }
            }
        }
        t.depth.set(depth);
    });
}

unsafe fn dealloc_now(p: NonNull<Header>) {
    let hdr = unsafe { p.as_ref() };
    let ty_ptr = hdr.ob_type.get();
    let ty = unsafe { &(*ty_ptr).payload };
    // PEP 442: a finalizer runs at most once, even if the object was
    // resurrected (by it, or after the collector already ran it).
    let tracked = ty.instances_extended || ty.layout.gc;
    let already = tracked && unsafe { layout::gc_head(p) }.finalized.replace(true);
    if let (Some(finalizer), false) = (ty.finalizer(), already) {
        // `__del__` may resurrect the object: it runs with a temporary
        // reference, and if that is not the last one afterwards, we stop.
        hdr.ob_refcnt.set(1);
        let this = unsafe { PyRef::from_raw(p) };
        finalizer(&this);
        let rc = this.header().ob_refcnt.get();
        std::mem::forget(this);
        if rc > 1 {
            hdr.ob_refcnt.set(rc - 1);
            return;
        }
        hdr.ob_refcnt.set(0);
    }
    if tracked && unsafe { layout::gc_head(p) }.weakly_referenced.get() {
        // SAFETY: the object is dead (its finalizer did not resurrect it)
        // and is freed next.
        unsafe { crate::objects::weakref::clear_referent(p) };
    }
    let dealloc_fn = if ty.instances_extended {
        ty.layout.dealloc_extended
    } else {
        ty.layout.dealloc
    };
    unsafe { dealloc_fn(p) };
    // Instances own a reference to their type (builtin types are immortal, so
    // this is a no-op for them).
    unsafe { decref(NonNull::new_unchecked(ty_ptr as *mut Header)) };
}

/// Allocates an object of type `ty` with the given payload.
///
/// The layout (plain or extended with dict/slots, with or without a GC head)
/// follows from `ty`. The new object holds a reference to `ty`. It belongs
/// to the current heap, or is immortal if that is the immortal heap.
pub fn alloc<T: Payload>(ty: &PyRef, payload: T) -> PyRef {
    let td = ty.downcast::<TypeData>().expect("alloc: not a type");
    debug_assert!(td.layout.payload_id == std::any::TypeId::of::<T>());
    let ty_ptr = ty.clone().into_raw().as_ptr() as *const Obj<TypeData>;
    let heap = heap::current();
    let immortal = heap.is_some_and(|h| h.is_immortal());
    let header = Header {
        ob_refcnt: Cell::new(if immortal { IMMORTAL } else { 1 }),
        ob_type: Cell::new(ty_ptr),
    };
    let tracked = if immortal {
        layout::Gc::Untracked
    } else {
        layout::Gc::Tracked
    };
    let ptr = if td.instances_extended {
        let extra = InstanceExtra::new(td.instance_has_dict, td.slot_names.len());
        layout::allocate(
            Obj {
                header,
                payload: Extended {
                    base: payload,
                    extra,
                },
            },
            tracked,
            heap,
        )
    } else {
        let gc = if T::GC { tracked } else { layout::Gc::None };
        layout::allocate(Obj { header, payload }, gc, heap)
    };
    // SAFETY: freshly allocated with refcount 1.
    unsafe { PyRef::from_raw(ptr) }
}

/// As [`alloc`], for an instance of a builtin GC type that starts
/// untracked: the owner must [`track`] it before it can be part of a cycle
/// the collector should find (see `objects/frame.rs`).
pub fn alloc_untracked<T: Payload>(ty: &PyRef, payload: T) -> PyRef {
    let td = ty.downcast::<TypeData>().expect("alloc: not a type");
    debug_assert!(td.payload_id == std::any::TypeId::of::<T>() && !td.instances_extended && T::GC);
    let ty_ptr = ty.clone().into_raw().as_ptr() as *const Obj<TypeData>;
    let header = Header {
        ob_refcnt: Cell::new(1),
        ob_type: Cell::new(ty_ptr),
    };
    let ptr = layout::allocate(Obj { header, payload }, layout::Gc::Untracked, None);
    // SAFETY: freshly allocated with refcount 1.
    unsafe { PyRef::from_raw(ptr) }
}

/// Starts tracking an object made by [`alloc_untracked`] or
/// a frame revived from its free list (no-op if it already is tracked).
pub fn track(o: &PyRef) {
    debug_assert!(o.ty().layout.gc && !o.ty().instances_extended);
    // SAFETY: such objects have a GC head.
    unsafe { layout::track(o.as_non_null()) }
}

/// Frees an object whose last reference the caller gave up (refcount
/// already zero), through the normal deallocation path.
///
/// # Safety
/// `p` must be an object with refcount zero that nothing else references.
pub unsafe fn dealloc_dead(p: NonNull<Header>) {
    unsafe { dealloc(p) }
}

/// Frees a dead object's memory, bypassing its type's free list.
///
/// # Safety
/// As for `layout::free_without_recycling`.
pub unsafe fn free_dead_now<T: Payload>(p: NonNull<Header>) {
    unsafe { layout::free_without_recycling::<T>(p) }
}

/// Stops tracking an object with a GC head (no-op if untracked).
///
/// # Safety
/// `p` must be an object allocated with a GC head, not yet freed.
pub unsafe fn untrack(p: NonNull<Header>) {
    unsafe { layout::untrack(p) }
}

/// Allocates an immortal object that is never freed (builtin singletons,
/// builtin types). `ty` may be null while bootstrapping `type` itself.
pub fn alloc_immortal<T: Payload>(ty: *const Obj<TypeData>, payload: T) -> PyRef {
    let header = Header {
        ob_refcnt: Cell::new(IMMORTAL),
        ob_type: Cell::new(ty),
    };
    let b = Box::new(Obj { header, payload });
    let p = NonNull::from(Box::leak(b)).cast::<Header>();
    // SAFETY: immortal objects are never freed.
    unsafe { PyRef::from_raw(p) }
}
