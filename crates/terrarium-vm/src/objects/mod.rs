//! The builtin types, one file each, and the helpers that fill their dicts.

pub mod anext_awaitable;
pub mod bytes;
pub mod code;
pub mod complex;
pub mod dict;
pub mod dict_methods;
pub mod exceptions;
pub mod float;
pub mod frame;
pub mod function;
pub mod generator;
pub mod generic_alias;
pub mod int;
pub mod iterators;
pub mod list;
pub mod method_cache;
pub mod module;
pub mod native;
pub mod object;
pub mod range;
pub mod set;
pub mod signature;
pub mod singletons;
pub mod slice;
pub mod str;
pub mod str_methods;
pub mod tuple;
pub mod typeobject;
pub mod weakref;

use crate::globals::Globals;
use crate::object::{Obj, PyRef, alloc_immortal};
use crate::typeobj::TypeData;
use native::{GetSetDescr, Getter, MethodDescr, NativeFn, NativeFunction, Setter};
use signature::Signature;

/// Fills the dicts of the builtin types (process start only).
pub fn fill_builtin_types(g: &Globals) {
    object::fill(g);
    native::fill(g);
    typeobject::fill(g);
    singletons::fill(g);
    int::fill(g);
    float::fill(g);
    complex::fill(g);
    str_methods::fill(g);
    bytes::fill(g);
    weakref::fill(g);
    generic_alias::fill(g);
    anext_awaitable::fill(g);
    list::fill(g);
    tuple::fill(g);
    dict_methods::fill(g);
    set::fill(g);
    range::fill(g);
    slice::fill(g);
    function::fill(g);
    code::fill(g);
    frame::fill(g);
    module::fill(g);
    generator::fill(g);
    iterators::fill(g);
    exceptions::fill(g);
    crate::modules::io::fill(g);
}

fn ptr(t: &PyRef) -> *const Obj<TypeData> {
    t.as_ptr() as *const Obj<TypeData>
}

/// An immortal `str` for a builtin type's dict key.
pub fn immortal_str(g: &Globals, s: &str) -> PyRef {
    let h = crate::hashing::hash_str(s);
    alloc_immortal(ptr(&g.str_), str::Str::with_hash(s, h))
}

pub fn set_type_attr(g: &Globals, ty: &PyRef, name: &str, value: PyRef) {
    let td = ty.downcast::<TypeData>().expect("type");
    let d = td.dict.downcast::<dict::Dict>().expect("dict");
    let key = immortal_str(g, name);
    let hash = crate::hashing::hash_str(name);
    if d.get_str(name, hash).is_some() {
        panic!("duplicate builtin attribute {}.{}", td.name, name);
    }
    d.push_unique(hash, key, value);
}

pub fn add_method(
    g: &Globals,
    ty: &PyRef,
    name: &'static str,
    sig: &'static Signature,
    func: NativeFn,
) {
    let m = alloc_immortal(
        ptr(&g.method_descriptor),
        MethodDescr::new(name, sig, func, ty.clone(), None),
    );
    set_type_attr(g, ty, name, m);
}

pub fn add_classmethod(
    g: &Globals,
    ty: &PyRef,
    name: &'static str,
    sig: &'static Signature,
    func: NativeFn,
) {
    let m = alloc_immortal(
        ptr(&g.classmethod_descriptor),
        MethodDescr::new(name, sig, func, ty.clone(), None),
    );
    set_type_attr(g, ty, name, m);
}

/// A plain builtin function in a type's dict (e.g. `__new__`, which takes the
/// class explicitly).
pub fn add_static(
    g: &Globals,
    ty: &PyRef,
    name: &'static str,
    sig: &'static Signature,
    func: NativeFn,
) {
    // `__new__` gets its class first; other static functions get nothing.
    assert_eq!(
        sig.has_receiver(),
        name == "__new__",
        "{name}: only __new__'s signature starts with $type"
    );
    let f = alloc_immortal(
        ptr(&g.builtin_function),
        NativeFunction {
            name,
            func,
            zelf: None,
            module: None,
            doc: None,
            new_of: (name == "__new__").then(|| ty.clone()),
            arity: None,
            sig,
        },
    );
    set_type_attr(g, ty, name, f);
}

pub fn add_getset(g: &Globals, ty: &PyRef, name: &'static str, get: Getter, set: Option<Setter>) {
    let d = alloc_immortal(
        ptr(&g.getset_descriptor),
        GetSetDescr {
            name,
            get,
            set,
            owner: ty.clone(),
        },
    );
    set_type_attr(g, ty, name, d);
}

pub fn add_doc(g: &Globals, ty: &PyRef, doc: &str) {
    let s = immortal_str(g, doc);
    set_type_attr(g, ty, "__doc__", s);
}

/// `"".join` of an object that must be a `str`.
pub fn str_of(o: &PyRef) -> &str {
    str::as_str(o)
}
