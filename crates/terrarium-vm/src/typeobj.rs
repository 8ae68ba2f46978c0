//! The type object.
//!
//! A type is an `Obj<TypeData>`. `TypeData` begins with the fields of CPython
//! 3.11's `PyTypeObject` after its `PyObject` header (`ob_size`, `tp_name`,
//! ... `tp_vectorcall`), so that C code compiled against our `Python.h` can
//! read a type directly. The C API fills in the slot pointers when it comes;
//! the interpreter itself works from the Rust fields that follow.
//!
//! Builtin types are immortal and shared by all contexts: nothing in them is
//! written after process start (their dicts are frozen; per-context state
//! such as `__subclasses__` lives in the context).

use std::cell::{Cell, UnsafeCell};
use std::ffi::{CString, c_char, c_void};

use crate::object::{Layout, Payload, PyRef};

/// CPython 3.11's `PyTypeObject` fields after `PyObject_HEAD`.
#[repr(C)]
pub struct CTypeFields {
    pub ob_size: isize,
    pub tp_name: *const c_char,
    pub tp_basicsize: isize,
    pub tp_itemsize: isize,
    pub tp_dealloc: *const c_void,
    pub tp_vectorcall_offset: isize,
    pub tp_getattr: *const c_void,
    pub tp_setattr: *const c_void,
    pub tp_as_async: *const c_void,
    pub tp_repr: *const c_void,
    pub tp_as_number: *const c_void,
    pub tp_as_sequence: *const c_void,
    pub tp_as_mapping: *const c_void,
    pub tp_hash: *const c_void,
    pub tp_call: *const c_void,
    pub tp_str: *const c_void,
    pub tp_getattro: *const c_void,
    pub tp_setattro: *const c_void,
    pub tp_as_buffer: *const c_void,
    pub tp_flags: u64,
    pub tp_doc: *const c_char,
    pub tp_traverse: *const c_void,
    pub tp_clear: *const c_void,
    pub tp_richcompare: *const c_void,
    pub tp_weaklistoffset: isize,
    pub tp_iter: *const c_void,
    pub tp_iternext: *const c_void,
    pub tp_methods: *const c_void,
    pub tp_members: *const c_void,
    pub tp_getset: *const c_void,
    pub tp_base: *const c_void,
    pub tp_dict: *const c_void,
    pub tp_descr_get: *const c_void,
    pub tp_descr_set: *const c_void,
    pub tp_dictoffset: isize,
    pub tp_init: *const c_void,
    pub tp_alloc: *const c_void,
    pub tp_new: *const c_void,
    pub tp_free: *const c_void,
    pub tp_is_gc: *const c_void,
    pub tp_bases: *const c_void,
    pub tp_mro: *const c_void,
    pub tp_cache: *const c_void,
    pub tp_subclasses: *const c_void,
    pub tp_weaklist: *const c_void,
    pub tp_del: *const c_void,
    pub tp_version_tag: u32,
    pub tp_finalize: *const c_void,
    pub tp_vectorcall: *const c_void,
}

impl CTypeFields {
    fn new(name: &CString, flags: u64) -> CTypeFields {
        let null = std::ptr::null();
        CTypeFields {
            ob_size: 0,
            tp_name: name.as_ptr(),
            tp_basicsize: 0,
            tp_itemsize: 0,
            tp_dealloc: null,
            tp_vectorcall_offset: 0,
            tp_getattr: null,
            tp_setattr: null,
            tp_as_async: null,
            tp_repr: null,
            tp_as_number: null,
            tp_as_sequence: null,
            tp_as_mapping: null,
            tp_hash: null,
            tp_call: null,
            tp_str: null,
            tp_getattro: null,
            tp_setattro: null,
            tp_as_buffer: null,
            tp_flags: flags,
            tp_doc: std::ptr::null(),
            tp_traverse: null,
            tp_clear: null,
            tp_richcompare: null,
            tp_weaklistoffset: 0,
            tp_iter: null,
            tp_iternext: null,
            tp_methods: null,
            tp_members: null,
            tp_getset: null,
            tp_base: null,
            tp_dict: null,
            tp_descr_get: null,
            tp_descr_set: null,
            tp_dictoffset: 0,
            tp_init: null,
            tp_alloc: null,
            tp_new: null,
            tp_free: null,
            tp_is_gc: null,
            tp_bases: null,
            tp_mro: null,
            tp_cache: null,
            tp_subclasses: null,
            tp_weaklist: null,
            tp_del: null,
            tp_version_tag: 0,
            tp_finalize: null,
            tp_vectorcall: null,
        }
    }
}

/// CPython's `Py_TPFLAGS_*` bits that we keep meaningful.
pub mod flags {
    pub const HEAPTYPE: u64 = 1 << 9;
    pub const BASETYPE: u64 = 1 << 10;
    pub const IS_ABSTRACT: u64 = 1 << 20;
    pub const MATCH_SELF: u64 = 1 << 22;
    pub const LONG_SUBCLASS: u64 = 1 << 24;
    pub const LIST_SUBCLASS: u64 = 1 << 25;
    pub const TUPLE_SUBCLASS: u64 = 1 << 26;
    pub const BYTES_SUBCLASS: u64 = 1 << 27;
    pub const UNICODE_SUBCLASS: u64 = 1 << 28;
    pub const DICT_SUBCLASS: u64 = 1 << 29;
    pub const BASE_EXC_SUBCLASS: u64 = 1 << 30;
    pub const TYPE_SUBCLASS: u64 = 1 << 31;
    pub const SEQUENCE: u64 = 1 << 5;
    pub const MAPPING: u64 = 1 << 6;
}

/// A function implementing `__del__` or a builtin finalizer; it may resurrect.
pub type Finalizer = fn(&PyRef);

#[repr(C)]
pub struct TypeData {
    pub c: CTypeFields,
    pub name: String,
    c_name: CString,
    qualname: UnsafeCell<String>,
    /// A `__name__` assigned after creation (heap types only); `name` keeps
    /// the creation name, which error messages use as CPython's tp_name does.
    renamed: UnsafeCell<Option<String>>,
    /// `__base__`, `__bases__` and `__mro__`: see [`TypeData::mro`] for the
    /// rule that makes reading them without a borrow flag sound.
    base: UnsafeCell<Option<PyRef>>,
    bases: UnsafeCell<Vec<PyRef>>,
    mro: UnsafeCell<Vec<PyRef>>,
    /// The type's namespace (a dict object).
    pub dict: PyRef,
    pub layout: &'static Layout,
    /// `layout.payload_id`, kept here so that `downcast` reads it without
    /// following the layout pointer.
    pub payload_id: std::any::TypeId,
    /// Instances are `Obj<Extended<T>>` (class defined in Python).
    pub instances_extended: bool,
    pub instance_has_dict: bool,
    pub slot_names: Vec<String>,
    flags: Cell<u64>,
    /// Bumped whenever the type or a base changes, invalidating caches.
    version: Cell<u64>,
    finalizer: Cell<Option<Finalizer>>,
    pub builtin: bool,
    /// Shared by all contexts: every setter below leaves it unchanged
    /// (`object/mod.rs`, invariant 3).
    frozen: Cell<bool>,
}

impl Payload for TypeData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.dict);
        for b in self.bases() {
            visit(b);
        }
        for b in self.mro() {
            visit(b);
        }
        if let Some(b) = self.base() {
            visit(b);
        }
    }
    fn clear(&self) {
        crate::objects::method_cache::invalidate();
        let old = self.set_hierarchy(None, Vec::new(), Vec::new());
        drop(old);
        if let Some(d) = self.dict.downcast::<crate::objects::dict::Dict>() {
            d.clear_entries();
        }
    }
}

pub struct TypeSpec {
    pub name: String,
    pub qualname: String,
    pub dict: PyRef,
    pub layout: &'static Layout,
    pub instances_extended: bool,
    pub instance_has_dict: bool,
    pub slot_names: Vec<String>,
    pub flags: u64,
    pub builtin: bool,
}

impl TypeData {
    pub fn new(spec: TypeSpec) -> TypeData {
        let c_name = CString::new(spec.name.replace('\0', "?")).unwrap_or_default();
        TypeData {
            c: CTypeFields::new(&c_name, spec.flags),
            name: spec.name,
            c_name,
            qualname: UnsafeCell::new(spec.qualname),
            renamed: UnsafeCell::new(None),
            base: UnsafeCell::new(None),
            bases: UnsafeCell::new(Vec::new()),
            mro: UnsafeCell::new(Vec::new()),
            dict: spec.dict,
            layout: spec.layout,
            payload_id: spec.layout.payload_id,
            instances_extended: spec.instances_extended,
            instance_has_dict: spec.instance_has_dict,
            slot_names: spec.slot_names,
            flags: Cell::new(spec.flags),
            version: Cell::new(0),
            finalizer: Cell::new(None),
            builtin: spec.builtin,
            frozen: Cell::new(false),
        }
    }

    /// Makes the type read-only for good (bootstrap, before it is shared).
    pub fn freeze(&self) {
        self.frozen.set(true);
    }

    pub fn is_frozen(&self) -> bool {
        self.frozen.get()
    }

    pub fn flags(&self) -> u64 {
        self.flags.get()
    }

    pub fn set_flags(&self, f: u64) {
        if !self.is_frozen() {
            self.flags.set(f);
        }
    }

    pub fn version(&self) -> u64 {
        self.version.get()
    }

    /// Marks a change of the type's attributes, invalidating caches.
    pub fn bump_version(&self) {
        if !self.is_frozen() {
            self.version.set(self.version.get() + 1);
        }
    }

    pub fn finalizer(&self) -> Option<Finalizer> {
        self.finalizer.get()
    }

    pub fn set_finalizer(&self, f: Option<Finalizer>) {
        if !self.is_frozen() {
            self.finalizer.set(f);
        }
    }

    /// The method resolution order.
    ///
    /// Read without a borrow flag because builtin types are shared by all
    /// threads and must not be written to. Sound because the hierarchy is
    /// only replaced by [`TypeData::set_hierarchy`], which runs while a type
    /// is built or when `__bases__` is assigned, never while a caller holds
    /// this slice: callers use it for lookups that run no Python code.
    pub fn mro(&self) -> &[PyRef] {
        // SAFETY: see above.
        unsafe { &*self.mro.get() }
    }

    pub fn bases(&self) -> &[PyRef] {
        // SAFETY: as for `mro`.
        unsafe { &*self.bases.get() }
    }

    pub fn base(&self) -> Option<&PyRef> {
        // SAFETY: as for `mro`.
        unsafe { (*self.base.get()).as_ref() }
    }

    /// Replaces base, bases and MRO; returns the old values for the caller to
    /// drop once nothing borrows them.
    pub fn set_hierarchy(
        &self,
        base: Option<PyRef>,
        bases: Vec<PyRef>,
        mro: Vec<PyRef>,
    ) -> (Option<PyRef>, Vec<PyRef>, Vec<PyRef>) {
        if self.is_frozen() {
            return (base, bases, mro);
        }
        crate::objects::method_cache::invalidate();
        // SAFETY: as for `mro`; no slice from the getters is alive here.
        unsafe {
            let old_base = std::mem::replace(&mut *self.base.get(), base);
            let old_bases = std::mem::replace(&mut *self.bases.get(), bases);
            let old_mro = std::mem::replace(&mut *self.mro.get(), mro);
            self.version.set(self.version.get() + 1);
            (old_base, old_bases, old_mro)
        }
    }

    pub fn qualname(&self) -> String {
        // SAFETY: as for `mro`; builtin types never set it.
        unsafe { (*self.qualname.get()).clone() }
    }

    /// `__name__`.
    pub fn name(&self) -> String {
        // SAFETY: as for `mro`; builtin types are never renamed.
        unsafe {
            (*self.renamed.get())
                .clone()
                .unwrap_or_else(|| self.name.clone())
        }
    }

    pub fn set_name(&self, n: String) {
        if self.is_frozen() {
            return;
        }
        // SAFETY: as for `mro`.
        unsafe { *self.renamed.get() = Some(n) }
    }

    pub fn set_qualname(&self, q: String) {
        if self.is_frozen() {
            return;
        }
        // SAFETY: as for `mro`.
        unsafe { *self.qualname.get() = q }
    }

    pub fn c_name(&self) -> &CString {
        &self.c_name
    }

    pub fn has_flag(&self, f: u64) -> bool {
        self.flags.get() & f != 0
    }

    pub fn is_heap(&self) -> bool {
        self.has_flag(flags::HEAPTYPE)
    }
}

impl Drop for TypeData {
    fn drop(&mut self) {
        // A new type may be allocated at this address: forget lookups.
        crate::objects::method_cache::invalidate();
    }
}
