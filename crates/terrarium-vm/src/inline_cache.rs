//! Inline caches for `LoadGlobal`, `LoadAttr`, `LoadMethod` and `StoreAttr`:
//! what each instruction found last time, kept in its code object (one entry
//! per instruction) together with the guards under which it still holds.
//! This is CPython 3.11's specialization, checked on every use.
//!
//! The guards:
//! - a global lookup holds while the globals and builtins dicts keep their
//!   versions (dict versions are unique in the process, see `dict.rs`);
//! - an attribute lookup holds for objects of the same type while the type
//!   epoch (`method_cache.rs`) is unchanged: no type was created, freed or
//!   modified since, so the MRO lookup that decided the kind of access
//!   would give the same answer;
//! - an instance-dict hit also checks that the dict entry at the remembered
//!   position still has the name as its key.
//!
//! Entries hold raw pointers. A guard that holds guarantees the pointee is
//! alive: a global's value is held by the dict whose version is unchanged,
//! and a type, a property or a method is held by a type (dict) that has not
//! changed since the epoch was read.

use std::cell::Cell;
use std::ptr::NonNull;

use terrarium_compiler::bytecode::Instr;

use crate::error::PyResult;
use crate::object::{Header, PyRef};
use crate::objects::code::Code;
use crate::objects::dict::Dict;
use crate::objects::frame::Frame;
use crate::objects::function::Property;
use crate::objects::method_cache::epoch;
use crate::objects::module::Module;
use crate::objects::native::MemberDescr;
use crate::objects::str::as_str;
use crate::objects::typeobject::lookup_hashed;
use crate::typeobj::TypeData;
use crate::vm::Vm;

#[derive(Clone, Copy)]
pub enum Entry {
    Empty,
    /// `LoadGlobal`: the value found with the dicts at these versions.
    Global {
        globals: u64,
        builtins: u64,
        value: NonNull<Header>,
    },
    /// The type has no attribute of the name; the instance dict holds it at
    /// entry position `hint`.
    InstanceDict {
        epoch: u64,
        ty: *const Header,
        hint: u32,
    },
    /// A `__slots__` member: the instance's slot `index`.
    Slot {
        epoch: u64,
        ty: *const Header,
        index: u32,
    },
    /// A `property` of the type.
    Property {
        epoch: u64,
        ty: *const Header,
        property: NonNull<Header>,
    },
    /// `LoadMethod`: a function or method descriptor of the type.
    Method {
        epoch: u64,
        ty: *const Header,
        method: NonNull<Header>,
    },
}

pub type Caches = Box<[Cell<Entry>]>;

/// The caches for a code object: one entry per instruction, or none at all
/// if no instruction uses them.
pub fn caches_for(instrs: &[Instr]) -> Caches {
    let cached = instrs.iter().any(|i| {
        matches!(
            i,
            Instr::LoadGlobal(_) | Instr::LoadAttr(_) | Instr::LoadMethod(_) | Instr::StoreAttr(_)
        )
    });
    if cached {
        instrs.iter().map(|_| Cell::new(Entry::Empty)).collect()
    } else {
        Box::new([])
    }
}

fn entry(code: &Code, at: usize) -> &Cell<Entry> {
    &code.caches[at]
}

/// # Safety
/// `p` must be alive (a guard of the module comment holds).
unsafe fn borrowed(p: NonNull<Header>) -> PyRef {
    unsafe { PyRef::from_borrowed(p) }
}

// ---- globals ------------------------------------------------------------------------

pub fn load_global(vm: &Vm, frame: &Frame, code: &Code, at: usize, name: &PyRef) -> PyResult {
    let (Some(globals), Some(builtins)) = (
        frame.globals.downcast::<Dict>(),
        frame
            .builtins
            .downcast::<Dict>()
            .filter(|_| frame.builtins.type_is(&vm.g.dict)),
    ) else {
        return crate::eval::load_global(vm, frame, name);
    };
    let cell = entry(code, at);
    let (gv, bv) = (globals.version(), builtins.version());
    if let Entry::Global {
        globals: g,
        builtins: b,
        value,
    } = cell.get()
    {
        if g == gv && b == bv {
            // SAFETY: the dicts are unchanged, so the one that held the value
            // still does.
            return Ok(unsafe { borrowed(value) });
        }
    }
    let v = crate::eval::load_global(vm, frame, name)?;
    cell.set(Entry::Global {
        globals: gv,
        builtins: bv,
        value: NonNull::new(v.as_ptr() as *mut Header).expect("non-null"),
    });
    Ok(v)
}

// ---- attributes -----------------------------------------------------------------------

fn dict_of(d: &PyRef) -> &Dict {
    d.downcast::<Dict>().expect("instance dict")
}

/// Calls `f` with the instance dict an attribute cache can use: that of an
/// instance of a class defined in Python (if created yet), or a module's.
/// The dict is borrowed, so no Python code may run inside `f`.
#[inline(always)]
fn with_cacheable_dict<R>(obj: &PyRef, f: impl FnOnce(&Dict) -> Option<R>) -> Option<R> {
    if let Some(e) = obj.extra() {
        let d = e.dict.borrow();
        return f(dict_of(d.as_ref()?));
    }
    f(dict_of(&obj.downcast::<Module>()?.dict))
}

/// What kind of attribute access `obj.name` is, if it is one the caches know.
fn specialize_load(vm: &Vm, obj: &PyRef, name: &PyRef) -> Entry {
    let t = obj.ty();
    if t.custom_getattribute() || obj.downcast::<TypeData>().is_some() {
        return Entry::Empty;
    }
    let ty = obj.type_obj_ref().as_ptr();
    let epoch = epoch();
    let hash = vm.str_hash(name);
    match lookup_hashed(obj.type_obj_ref(), as_str(name), hash) {
        None => match with_cacheable_dict(obj, |d| d.index_of_str(as_str(name), hash)) {
            Some(hint) => Entry::InstanceDict { epoch, ty, hint },
            None => Entry::Empty,
        },
        Some(d) if d.type_is(&vm.g.member_descriptor) && obj.extra().is_some() => {
            match d.downcast::<MemberDescr>() {
                Some(m) => Entry::Slot {
                    epoch,
                    ty,
                    index: m.index as u32,
                },
                None => Entry::Empty,
            }
        }
        // With a `__getattr__`, an AttributeError from the getter falls back
        // to it: such loads take the general route.
        Some(d)
            if d.type_is(&vm.g.property)
                && crate::objects::typeobject::lookup(obj.type_obj_ref(), "__getattr__")
                    .is_none() =>
        {
            Entry::Property {
                epoch,
                ty,
                property: NonNull::new(d.as_ptr() as *mut Header).expect("non-null"),
            }
        }
        Some(_) => Entry::Empty,
    }
}

/// The cached attribute kinds shared by `LoadAttr` and `LoadMethod`:
/// `Some` if the entry applied.
#[inline]
fn cached_load(
    vm: &Vm,
    e: Entry,
    cell: &Cell<Entry>,
    obj: &PyRef,
    name: &PyRef,
) -> Option<PyResult> {
    let ty = obj.type_obj_ref().as_ptr();
    match e {
        Entry::InstanceDict {
            epoch: ep,
            ty: t,
            hint,
        } if t == ty && ep == epoch() => {
            with_cacheable_dict(obj, |dd| match dd.get_at(hint, name) {
                Some(v) => Some(Ok(v)),
                None => rehint(vm, dd, cell, ep, ty, name),
            })
        }
        Entry::Slot {
            epoch: ep,
            ty: t,
            index,
        } if t == ty && ep == epoch() => obj
            .extra()
            .and_then(|e| e.slots.get(index as usize))
            .and_then(|s| s.borrow().clone())
            .map(Ok),
        Entry::Property {
            epoch: ep,
            ty: t,
            property,
        } if t == ty && ep == epoch() => {
            // SAFETY: the epoch guard: the type still holds the property.
            let p = unsafe { borrowed(property) };
            let prop = p.downcast::<Property>().expect("property");
            Some(crate::objects::function::property_get(vm, prop, obj))
        }
        _ => None,
    }
}

/// An instance-dict entry missed its hint: another object of the type, with
/// its keys in another order. Finds the key and keeps its position.
#[cold]
fn rehint(
    vm: &Vm,
    dd: &Dict,
    cell: &Cell<Entry>,
    epoch: u64,
    ty: *const Header,
    name: &PyRef,
) -> Option<PyResult> {
    let hint = dd.index_of_str(as_str(name), vm.str_hash(name))?;
    cell.set(Entry::InstanceDict { epoch, ty, hint });
    dd.get_at(hint, name).map(Ok)
}

/// What `LoadAttr` found: the value, or a frame that computes it.
pub enum Loaded {
    Value(PyRef),
    /// A property getter that is a plain Python function, ready to run.
    Call(PyRef),
}

pub fn load_attr(vm: &Vm, code: &Code, at: usize, obj: &PyRef, name: &PyRef) -> PyResult<Loaded> {
    let cell = entry(code, at);
    let e = cell.get();
    if let Entry::Property {
        epoch: ep,
        ty,
        property,
    } = e
    {
        if ty == obj.type_obj_ref().as_ptr() && ep == epoch() {
            // SAFETY: the epoch guard: the type still holds the property.
            let p = unsafe { borrowed(property) };
            let fget = p
                .downcast::<Property>()
                .expect("property")
                .fget
                .borrow()
                .clone();
            if let Some(frame) = fget
                .as_ref()
                .and_then(|f| crate::eval::simple_call_frame(vm, f, Some(obj), &[]))
            {
                return Ok(Loaded::Call(frame));
            }
        }
    }
    if let Some(r) = cached_load(vm, e, cell, obj, name) {
        return r.map(Loaded::Value);
    }
    let v = vm.getattr(obj, name)?;
    cell.set(specialize_load(vm, obj, name));
    Ok(Loaded::Value(v))
}

/// What `LoadMethod` pushes: an unbound method and its `self`, or `NULL`
/// and an attribute value.
pub enum MethodOrAttr {
    Method(PyRef),
    Attr(PyRef),
}

pub fn load_method(
    vm: &Vm,
    code: &Code,
    at: usize,
    obj: &PyRef,
    name: &PyRef,
) -> PyResult<MethodOrAttr> {
    let cell = entry(code, at);
    let e = cell.get();
    if let Entry::Method {
        epoch: ep,
        ty,
        method,
    } = e
    {
        if ty == obj.type_obj_ref().as_ptr() && ep == epoch() && !shadowed(vm, obj, name) {
            // SAFETY: the epoch guard: the type still holds the method.
            return Ok(MethodOrAttr::Method(unsafe { borrowed(method) }));
        }
    } else if let Some(r) = cached_load(vm, e, cell, obj, name) {
        return r.map(MethodOrAttr::Attr);
    }
    if let Some(m) = crate::eval::load_method(vm, obj, name)? {
        cell.set(Entry::Method {
            epoch: epoch(),
            ty: obj.type_obj_ref().as_ptr(),
            method: NonNull::new(m.as_ptr() as *mut Header).expect("non-null"),
        });
        return Ok(MethodOrAttr::Method(m));
    }
    let v = vm.getattr(obj, name)?;
    cell.set(specialize_load(vm, obj, name));
    Ok(MethodOrAttr::Attr(v))
}

/// Whether the instance dict has the name, hiding the type's method.
fn shadowed(vm: &Vm, obj: &PyRef, name: &PyRef) -> bool {
    with_cacheable_dict(obj, |d| d.index_of_str(as_str(name), vm.str_hash(name))).is_some()
}

/// What kind of store `obj.name = v` is, if it is one the caches know: only
/// for instances of classes defined in Python whose `__setattr__` is
/// `object`'s.
fn specialize_store(vm: &Vm, obj: &PyRef, name: &PyRef) -> Entry {
    let Some(extra) = obj.extra() else {
        return Entry::Empty;
    };
    let tyref = obj.type_obj_ref();
    if obj.downcast::<TypeData>().is_some() {
        return Entry::Empty;
    }
    if let Some(f) = lookup_hashed(
        tyref,
        "__setattr__",
        crate::hashing::hash_str("__setattr__"),
    ) {
        if !f.ty().builtin || f.type_is(&vm.g.function) {
            return Entry::Empty;
        }
    }
    let ty = tyref.as_ptr();
    let epoch = epoch();
    let hash = vm.str_hash(name);
    match lookup_hashed(tyref, as_str(name), hash) {
        None => match extra.dict.borrow().as_ref() {
            Some(d) => match dict_of(d).index_of_str(as_str(name), hash) {
                Some(hint) => Entry::InstanceDict { epoch, ty, hint },
                None => Entry::Empty,
            },
            None => Entry::Empty,
        },
        Some(d) if d.type_is(&vm.g.member_descriptor) => match d.downcast::<MemberDescr>() {
            Some(m) => Entry::Slot {
                epoch,
                ty,
                index: m.index as u32,
            },
            None => Entry::Empty,
        },
        Some(_) => Entry::Empty,
    }
}

pub fn store_attr(
    vm: &Vm,
    code: &Code,
    at: usize,
    obj: &PyRef,
    name: &PyRef,
    value: PyRef,
) -> PyResult<()> {
    let cell = entry(code, at);
    let ty = obj.type_obj_ref().as_ptr();
    let value = match cell.get() {
        Entry::InstanceDict {
            epoch: ep,
            ty: t,
            hint,
        } if t == ty && ep == epoch() => {
            // The guard says a store goes to the instance dict (made now if
            // the object has none yet).
            let Some(d) = crate::objects::object::instance_dict(obj) else {
                return vm.setattr(obj, name, Some(value));
            };
            let dd = dict_of(&d);
            match dd.replace_at(hint, name, value) {
                Ok(old) => drop(old),
                Err(value) => {
                    dd.set_item_hashed(vm, name.clone(), vm.str_hash(name), value)?;
                    if let Some(hint) = dd.index_of_str(as_str(name), vm.str_hash(name)) {
                        cell.set(Entry::InstanceDict {
                            epoch: ep,
                            ty,
                            hint,
                        });
                    }
                }
            }
            return Ok(());
        }
        Entry::Slot {
            epoch: ep,
            ty: t,
            index,
        } if t == ty && ep == epoch() => {
            match obj.extra().and_then(|e| e.slots.get(index as usize)) {
                Some(slot) => {
                    let old = slot.replace(Some(value));
                    drop(old);
                    return Ok(());
                }
                None => value,
            }
        }
        _ => value,
    };
    vm.setattr(obj, name, Some(value))?;
    cell.set(specialize_store(vm, obj, name));
    Ok(())
}
