//! `weakref.ReferenceType` (`weakref.ref`): references that do not keep
//! their referent alive, cleared when it is freed, with optional callbacks.
//!
//! Each heap keeps a side table from a referent's address to the weak
//! references to it (`WeakTable`, in `object/heap.rs`) (CPython keeps the list in the object instead, at
//! `tp_weaklistoffset`), and the referent's GC head is flagged. When a
//! flagged object is freed, `object/mod.rs` calls [`clear_referent`], which
//! clears its references and calls their callbacks, newest first. Immortal
//! referents are never freed, so references to them are not listed.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ptr::NonNull;

use crate::error::PyResult;
use crate::globals::Globals;
use crate::object::{Header, Obj, Payload, PyRef, alloc};
use crate::objects::native::Args;
use crate::objects::{add_getset, add_method, add_static};
use crate::vm::Vm;

pub struct WeakRef {
    /// The referent, not owned; `None` once it has been freed.
    referent: Cell<Option<NonNull<Header>>>,
    callback: RefCell<Option<PyRef>>,
    /// The referent's hash, kept so that a dead reference still hashes.
    hash: Cell<Option<i64>>,
}

impl Payload for WeakRef {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(c) = self.callback.borrow().as_ref() {
            visit(c);
        }
    }
    fn clear(&self) {
        let c = self.callback.borrow_mut().take();
        drop(c);
    }
}

impl Drop for WeakRef {
    fn drop(&mut self) {
        // A reference freed before its referent leaves the referent's list.
        if let Some(r) = self.referent.get() {
            let me = self as *const WeakRef as usize - std::mem::offset_of!(Obj<WeakRef>, payload);
            with_table(|t| {
                if let Some(list) = t.get_mut(&(r.as_ptr() as usize)) {
                    list.retain(|w| w.as_ptr() as usize != me);
                    if list.is_empty() {
                        t.remove(&(r.as_ptr() as usize));
                    }
                }
            });
        }
    }
}

/// Referent address → its weak references (not owned), oldest first, for
/// the referents of one heap.
#[derive(Default)]
pub struct WeakTable(RefCell<HashMap<usize, Vec<NonNull<Header>>>>);

/// Runs `f` on the current heap's table; `None` when no context runs (then
/// no object of any context is freed either, see `object/heap.rs`).
fn with_table<R>(f: impl FnOnce(&mut HashMap<usize, Vec<NonNull<Header>>>) -> R) -> Option<R> {
    let heap = crate::object::heap::current()?;
    let mut t = heap.weak_refs.0.try_borrow_mut().ok()?;
    Some(f(&mut t))
}

fn weak(o: &PyRef) -> &WeakRef {
    o.downcast::<WeakRef>().expect("weakref")
}

/// The referent, if it is still alive.
fn referent(w: &WeakRef) -> Option<PyRef> {
    // SAFETY: the pointer is cleared before the referent is freed.
    w.referent.get().map(|p| unsafe { PyRef::from_borrowed(p) })
}

/// Clears the weak references to an object being freed and calls their
/// callbacks (newest first).
///
/// # Safety
/// `p` must be an object whose refcount reached zero and that is about to
/// be freed (its finalizer has run and did not resurrect it).
pub unsafe fn clear_referent(p: NonNull<Header>) {
    let Some(Some(refs)) = with_table(|t| t.remove(&(p.as_ptr() as usize))) else {
        return;
    };
    // New references to each weakref, so that none is freed while the
    // others' callbacks run.
    let refs: Vec<PyRef> = refs
        .iter()
        .map(|w| {
            // SAFETY: a weakref leaves the table before it is freed.
            let w = unsafe { PyRef::from_borrowed(*w) };
            weak(&w).referent.set(None);
            w
        })
        .collect();
    for w in refs.iter().rev() {
        let cb = weak(w).callback.borrow_mut().take();
        if let Some(cb) = cb {
            crate::vm::with_current(|vm| {
                if let Err(e) = vm.call1(&cb, w.clone()) {
                    crate::modules::sys::write_unraisable(
                        vm,
                        &e,
                        Some("Exception ignored in"),
                        Some(&cb),
                    );
                }
            });
        }
    }
}

/// Whether `o` can be weakly referenced, as in CPython (except code
/// objects, which have no GC head to carry the flag).
fn weakrefable(vm: &Vm, o: &PyRef) -> bool {
    let t = o.ty();
    if o.extra().is_some() {
        return t.has_flag(crate::objects::typeobject::WEAKREFABLE);
    }
    let g = vm.g;
    [
        &g.type_,
        &g.function,
        &g.method,
        &g.builtin_function,
        &g.set,
        &g.frozenset,
        &g.generator,
        &g.coroutine,
        &g.async_generator,
        &g.module,
        &g.weakref,
    ]
    .iter()
    .any(|ty| o.type_is(ty))
        || o.downcast::<crate::typeobj::TypeData>().is_some()
}

/// A plain weak reference to `obj` (which must be weakly referenceable).
pub fn new_ref(vm: &Vm, obj: &PyRef) -> PyResult {
    ref_new(vm, Args::new(&[vm.g.weakref.clone(), obj.clone()]))
}

/// What a weak reference refers to, if it is still alive.
pub fn deref(w: &PyRef) -> Option<PyRef> {
    referent(weak(w))
}

/// `weakref.ref(obj, callback=None)`.
fn ref_new(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "__new__", 1, 1, 2)?;
    let cls = a.zelf();
    let obj = &pos[0];
    let callback = pos.get(1).filter(|c| !vm.is_none(c)).cloned();
    if !weakrefable(vm, obj) {
        return Err(vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            obj.ty().name
        )));
    }
    let key = obj.as_ptr() as usize;
    // Like CPython, a plain `ref(obj)` is shared: the existing one is
    // returned.
    if callback.is_none() && cls.is(&vm.g.weakref) {
        let existing = with_table(|t| {
            t.get(&key).and_then(|list| {
                list.iter()
                    // SAFETY: a weakref leaves the table before it is freed.
                    .map(|w| unsafe { PyRef::from_borrowed(*w) })
                    .find(|w| w.type_is(&vm.g.weakref) && weak(w).callback.borrow().is_none())
            })
        });
        if let Some(Some(w)) = existing {
            return Ok(w);
        }
    }
    let w = alloc(
        cls,
        WeakRef {
            referent: Cell::new(Some(obj.as_non_null())),
            callback: RefCell::new(callback),
            hash: Cell::new(None),
        },
    );
    if obj.refcount() < crate::object::IMMORTAL {
        let listed = with_table(|t| t.entry(key).or_default().push(w.as_non_null()));
        if listed.is_none() {
            // Unlisted, it could not be cleared when the referent dies.
            weak(&w).referent.set(None);
            return Err(vm.runtime_error("weak references need a running context"));
        }
        // SAFETY: weakly referenceable objects that can die have a GC head
        // (instances of classes defined in Python, or of GC builtin types).
        unsafe { crate::object::gc_head(obj.as_non_null()) }
            .weakly_referenced
            .set(true);
    }
    Ok(w)
}

fn ref_call(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "weakref", 1, 0, 0)?;
    Ok(referent(weak(a.zelf())).unwrap_or_else(|| vm.none()))
}

fn ref_hash(vm: &Vm, a: Args) -> PyResult {
    let w = weak(a.zelf());
    if let Some(h) = w.hash.get() {
        return Ok(vm.new_int(h));
    }
    let Some(r) = referent(w) else {
        return Err(vm.type_error("weak object has gone away"));
    };
    let h = vm.hash(&r)?;
    w.hash.set(Some(h));
    Ok(vm.new_int(h))
}

/// `==` and `!=`: the referents compare if both are alive, else identity.
fn ref_compare(vm: &Vm, a: &Args, negate: bool) -> PyResult {
    let pos = a.check_pos(vm, "__eq__", 1, 1, 1)?;
    let other = &pos[0];
    let Some(o) = other.downcast::<WeakRef>() else {
        return Ok(vm.g.not_implemented.clone());
    };
    let me = weak(a.zelf());
    let r = match (referent(me), referent(o)) {
        (Some(x), Some(y)) => {
            let eq = vm.rich_compare(&x, &y, terrarium_compiler::bytecode::CmpOp::Eq)?;
            vm.truthy(&eq)?
        }
        _ => a.zelf().is(other),
    };
    Ok(vm.bool(r != negate))
}

fn ref_repr(vm: &Vm, a: Args) -> PyResult {
    let w = a.zelf();
    Ok(vm.new_str(match referent(weak(w)) {
        Some(r) => format!(
            "<weakref at {:#x}; to '{}' at {:#x}>",
            w.id(),
            r.ty().name,
            r.id()
        ),
        None => format!("<weakref at {:#x}; dead>", w.id()),
    }))
}

/// The weak references to `obj`, oldest first.
fn refs_to(obj: &PyRef) -> Vec<PyRef> {
    with_table(|t| {
        t.get(&(obj.as_ptr() as usize))
            // SAFETY: a weakref leaves the table before it is freed.
            .map(|l| {
                l.iter()
                    .map(|w| unsafe { PyRef::from_borrowed(*w) })
                    .collect()
            })
            .unwrap_or_default()
    })
    .unwrap_or_default()
}

/// The `__weakref__` attribute of instances of classes defined in Python:
/// the oldest weak reference to the object, or `None`.
pub fn weakref_getter(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(refs_to(o).into_iter().next().unwrap_or_else(|| vm.none()))
}

/// `weakref.getweakrefcount(obj)`.
pub fn getweakrefcount(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "getweakrefcount", 0, 1, 1)?;
    Ok(vm.new_int(refs_to(&pos[0]).len() as i64))
}

/// `weakref.getweakrefs(obj)`.
pub fn getweakrefs(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "getweakrefs", 0, 1, 1)?;
    Ok(vm.new_list(refs_to(&pos[0])))
}

pub fn fill(g: &Globals) {
    let t = &g.weakref;
    add_static(
        g,
        t,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        ref_new,
    );
    add_method(
        g,
        t,
        "__init__",
        signature!("($self, /, *args, **kwargs)"),
        |vm, _a| Ok(vm.none()),
    );
    add_method(
        g,
        t,
        "__call__",
        signature!("($self, /, *args, **kwargs)"),
        ref_call,
    );
    add_method(g, t, "__hash__", signature!("($self, /)"), ref_hash);
    add_method(g, t, "__eq__", signature!("($self, value, /)"), |vm, a| {
        ref_compare(vm, &a, false)
    });
    add_method(g, t, "__ne__", signature!("($self, value, /)"), |vm, a| {
        ref_compare(vm, &a, true)
    });
    add_method(g, t, "__repr__", signature!("($self, /)"), ref_repr);
    add_getset(
        g,
        t,
        "__callback__",
        |vm, o| {
            Ok(weak(o)
                .callback
                .borrow()
                .clone()
                .unwrap_or_else(|| vm.none()))
        },
        None,
    );
}
