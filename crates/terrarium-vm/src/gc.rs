//! The cycle collector: finds groups of tracked objects only referenced from
//! each other, runs their finalizers once (PEP 442), and breaks the cycles
//! by clearing them, after which reference counting frees them.
//!
//! Collections run at safe points (function entry), never inside an
//! allocation, so no Rust borrow is live when `__del__` runs.

use std::cell::Cell;
use std::ptr::NonNull;

use crate::object::layout::gc_head;
use crate::object::{GcHead, Header, IMMORTAL, PyRef};
use crate::vm::Vm;

pub struct GcState {
    pub enabled: Cell<bool>,
    pub thresholds: Cell<(usize, usize, usize)>,
    collecting: Cell<bool>,
    pub collections: Cell<usize>,
    pub collected: Cell<usize>,
    /// Tracked objects alive after the last collection.
    pub survivors: Cell<usize>,
}

impl Default for GcState {
    fn default() -> Self {
        GcState {
            enabled: Cell::new(true),
            thresholds: Cell::new((700, 10, 10)),
            collecting: Cell::new(false),
            collections: Cell::new(0),
            collected: Cell::new(0),
            survivors: Cell::new(0),
        }
    }
}

fn is_tracked(p: NonNull<Header>) -> bool {
    // SAFETY: p is a live object.
    let h = unsafe { p.as_ref() };
    if h.ob_refcnt.get() >= IMMORTAL {
        return false;
    }
    let ty = unsafe { &(*h.ob_type.get()).payload };
    ty.instances_extended || ty.layout.gc
}

fn traverse(p: NonNull<Header>, visit: &mut dyn FnMut(&PyRef)) {
    // SAFETY: p is a live tracked object; its type says how to traverse it.
    unsafe {
        let ty = &(*p.as_ref().ob_type.get()).payload;
        if ty.instances_extended {
            (ty.layout.traverse_extended)(p, visit)
        } else {
            (ty.layout.traverse)(p, visit)
        }
    }
}

fn clear(p: NonNull<Header>) {
    // SAFETY: as in `traverse`; we hold a reference while clearing.
    unsafe {
        let ty = &(*p.as_ref().ob_type.get()).payload;
        if ty.instances_extended {
            (ty.layout.clear_extended)(p)
        } else {
            (ty.layout.clear)(p)
        }
    }
}

/// Drops the references a tracked object holds (CPython's `tp_clear`), to
/// break the cycles it is part of; shared (immortal) objects are left alone.
pub fn clear_object(o: &PyRef) {
    if is_tracked(o.as_non_null()) {
        clear(o.as_non_null());
    }
}

/// Marks a tracked object's finalizer as run (PEP 442), so freeing it runs
/// none.
pub fn mark_finalized(o: &PyRef) {
    if is_tracked(o.as_non_null()) {
        // SAFETY: tracked objects have a GC head.
        unsafe { gc_head(o.as_non_null()) }.finalized.set(true);
    }
}

/// `gc_refs` of an object that is not in the set being examined: the value
/// every GC head holds outside `unreachable`.
pub const OUTSIDE: isize = isize::MIN;
/// `gc_refs` of an object found reachable from outside the set.
const REACHABLE: isize = isize::MAX;

/// The GC head of `p` if `p` is in the set being examined.
fn member(p: NonNull<Header>) -> Option<&'static GcHead> {
    if !is_tracked(p) {
        return None;
    }
    // SAFETY: tracked kinds of objects have a GC head.
    let head = unsafe { gc_head(p) };
    (head.gc_refs.get() != OUTSIDE).then_some(head)
}

/// The objects of `objs` not reachable from outside the set. `held` is the
/// number of references to each that the collector itself holds.
///
/// CPython's algorithm, with the counts kept in the GC heads: each object
/// starts with its refcount, less one for every reference from inside the
/// set; those left with references from outside are reachable, and so is
/// everything they reach.
fn unreachable(objs: &[NonNull<Header>], held: isize) -> Vec<usize> {
    // SAFETY (all gc_head calls): every member of `objs` is a live tracked
    // object, which has a GC head.
    for p in objs {
        let rc = unsafe { p.as_ref().ob_refcnt.get() };
        unsafe { gc_head(*p) }.gc_refs.set(rc - held);
    }
    for p in objs {
        traverse(*p, &mut |r: &PyRef| {
            if let Some(h) = member(r.as_non_null()) {
                h.gc_refs.set(h.gc_refs.get() - 1);
            }
        });
    }
    let mut work: Vec<NonNull<Header>> = Vec::new();
    for p in objs {
        let h = unsafe { gc_head(*p) };
        if h.gc_refs.get() > 0 {
            h.gc_refs.set(REACHABLE);
            work.push(*p);
        }
    }
    while let Some(p) = work.pop() {
        traverse(p, &mut |r: &PyRef| {
            if let Some(h) = member(r.as_non_null()) {
                if h.gc_refs.get() != REACHABLE {
                    h.gc_refs.set(REACHABLE);
                    work.push(r.as_non_null());
                }
            }
        });
    }
    let dead = (0..objs.len())
        .filter(|&i| unsafe { gc_head(objs[i]) }.gc_refs.get() != REACHABLE)
        .collect();
    for p in objs {
        unsafe { gc_head(*p) }.gc_refs.set(OUTSIDE);
    }
    dead
}

impl Vm {
    /// New references to the objects this context's heap tracks
    /// (`gc.get_objects`).
    pub fn tracked(&self) -> Vec<PyRef> {
        // SAFETY: tracked objects are alive while no Python code runs.
        self.tracked_objects()
            .into_iter()
            .map(|p| unsafe { PyRef::from_borrowed(p) })
            .collect()
    }

    /// The objects this context's heap tracks (never another context's).
    fn tracked_objects(&self) -> Vec<NonNull<Header>> {
        let mut objs = Vec::with_capacity(self.heap.tracked_count());
        self.heap.for_each_tracked(|p| {
            if is_tracked(p) {
                objs.push(p)
            }
        });
        objs
    }

    /// Collects if enough tracked objects were allocated since last time.
    #[inline]
    pub fn maybe_collect(&self) {
        // Each collection scans every tracked object, so it waits until the
        // new objects outnumber the survivors of the last one: amortized
        // constant cost per allocation, like CPython's rule for full ones.
        let threshold = self.gc.thresholds.get().0;
        let due = threshold.max(self.gc.survivors.get());
        if self.gc.enabled.get()
            && threshold > 0
            && self.heap.allocated_since_collect() > due
            && !self.gc.collecting.get()
        {
            self.collect_garbage();
        }
    }

    /// Calls the functions in `gc.callbacks` with `phase` ("start" or
    /// "stop") and the collection's details; their errors are reported and
    /// ignored, as in CPython.
    fn run_gc_callbacks(&self, phase: &str, collected: usize) {
        let mods = self.modules.downcast::<crate::objects::dict::Dict>();
        let Some(gc) = mods.and_then(|m| m.get_str("gc", crate::hashing::hash_str("gc"))) else {
            return;
        };
        let Ok(Some(callbacks)) = self.getattr_opt(&gc, &self.intern("callbacks")) else {
            return;
        };
        let Ok(list) = self.to_vec(&callbacks) else {
            return;
        };
        if list.is_empty() {
            return;
        }
        let info = self.new_dict();
        let d = info.downcast::<crate::objects::dict::Dict>().expect("dict");
        for (k, v) in [
            ("generation", 2),
            ("collected", collected),
            ("uncollectable", 0),
        ] {
            let _ = d.set_item(self, self.intern(k), self.new_int(v as i64));
        }
        for cb in list {
            if let Err(e) = self.call(&cb, &[self.new_str(phase), info.clone()], &[]) {
                crate::modules::sys::write_unraisable(self, &e, None, Some(&cb));
            }
        }
    }

    /// All the objects `o` references, as the collector sees them
    /// (`gc.get_referents`).
    pub fn referents(&self, o: &PyRef) -> Vec<PyRef> {
        let mut out = Vec::new();
        if is_tracked(o.as_non_null()) {
            traverse(o.as_non_null(), &mut |r: &PyRef| out.push(r.clone()));
        }
        out
    }

    /// The tracked objects that reference any of `targets`
    /// (`gc.get_referrers`).
    pub fn referrers(&self, targets: &[PyRef]) -> Vec<PyRef> {
        self.tracked()
            .into_iter()
            .filter(|o| {
                let mut hit = false;
                traverse(o.as_non_null(), &mut |r: &PyRef| {
                    hit |= targets.iter().any(|t| t.is(r));
                });
                hit
            })
            .collect()
    }

    /// `gc.collect()`: the number of unreachable objects found.
    pub fn collect_garbage(&self) -> usize {
        if self.gc.collecting.get() {
            return 0;
        }
        // Set for the callbacks too: a collection they start does nothing.
        self.gc.collecting.set(true);
        self.run_gc_callbacks("start", 0);
        let n = self.collect_cycles();
        self.run_gc_callbacks("stop", n);
        self.gc.collecting.set(false);
        n
    }

    /// The collection proper; `collecting` is set throughout.
    fn collect_cycles(&self) -> usize {
        self.heap.reset_allocated();
        let objs = self.tracked_objects();
        let dead = unreachable(&objs, 0);
        // Hold every unreachable object so none is freed while we work.
        // SAFETY: they are live now; from_borrowed takes a new reference.
        let held: Vec<PyRef> = dead
            .iter()
            .map(|&i| unsafe { PyRef::from_borrowed(objs[i]) })
            .collect();
        let mut finalized_any = false;
        for o in &held {
            let head = unsafe { gc_head(NonNull::new_unchecked(o.as_ptr() as *mut Header)) };
            if head.finalized.get() {
                continue;
            }
            if let Some(fin) = o.ty().finalizer() {
                head.finalized.set(true);
                finalized_any = true;
                fin(o);
            }
        }
        let victims: Vec<PyRef> = if finalized_any {
            // Finalizers may have resurrected objects: look again.
            let ptrs: Vec<NonNull<Header>> = held
                .iter()
                .map(|o| unsafe { NonNull::new_unchecked(o.as_ptr() as *mut Header) })
                .collect();
            let mut still = unreachable(&ptrs, 1);
            still.sort_unstable();
            held.iter()
                .enumerate()
                .filter(|(i, _)| still.binary_search(i).is_ok())
                .map(|(_, o)| o.clone())
                .collect()
        } else {
            held.clone()
        };
        let n = victims.len();
        for o in &victims {
            clear(unsafe { NonNull::new_unchecked(o.as_ptr() as *mut Header) });
        }
        drop(victims);
        drop(held);
        self.gc.collections.set(self.gc.collections.get() + 1);
        self.gc.collected.set(self.gc.collected.get() + n);
        self.gc.survivors.set(self.heap.tracked_count());
        n
    }
}
