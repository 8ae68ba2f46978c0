//! `type`: attribute lookup along the MRO, class creation, calling a class,
//! `super` and `mappingproxy`.

use crate::error::PyResult;
use crate::globals::Globals;
use crate::object::{Payload, PyRef, alloc};
use crate::objects::dict::Dict;
use crate::objects::function::{CellObj, ClassMethod};
use crate::objects::native::{Args, MemberDescr};
use crate::objects::str::{Str, as_str};
use crate::objects::tuple::Tuple;
use crate::objects::{add_getset, add_method, add_static};
use crate::typeobj::{TypeData, TypeSpec, flags};
use crate::vm::Vm;

pub fn td(t: &PyRef) -> &TypeData {
    t.downcast::<TypeData>().expect("a type")
}

/// Finds `name` along the MRO of type `ty`, without running Python code.
pub fn lookup(ty: &PyRef, name: &str) -> Option<PyRef> {
    use crate::objects::method_cache;
    let key = method_cache::name_hash(name);
    if let Some(hit) = method_cache::get(ty, name, key) {
        return hit;
    }
    let found = lookup_uncached(ty, name, crate::hashing::hash_str(name));
    method_cache::put(ty, name, key, found.as_ref());
    found
}

/// As `lookup`, for a name whose hash is known (an interned `str`).
pub fn lookup_hashed(ty: &PyRef, name: &str, hash: i64) -> Option<PyRef> {
    use crate::objects::method_cache;
    if let Some(hit) = method_cache::get(ty, name, hash as u64) {
        return hit;
    }
    let found = lookup_uncached(ty, name, hash);
    method_cache::put(ty, name, hash as u64, found.as_ref());
    found
}

fn lookup_uncached(ty: &PyRef, name: &str, hash: i64) -> Option<PyRef> {
    for t in td(ty).mro() {
        if let Some(v) = td(t)
            .dict
            .downcast::<Dict>()
            .expect("dict")
            .get_str(name, hash)
        {
            return Some(v);
        }
    }
    None
}

pub fn is_subtype(a: &PyRef, b: &PyRef) -> bool {
    if a.is(b) {
        return true;
    }
    match a.downcast::<TypeData>() {
        Some(t) => t.mro().iter().any(|x| x.is(b)),
        None => false,
    }
}

/// C3 linearization of `ty` with `bases`.
pub fn c3_mro(ty: &PyRef, bases: &[PyRef]) -> Result<Vec<PyRef>, String> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            return Err(format!("duplicate base class {}", td(b).name()));
        }
    }
    let mut seqs: Vec<Vec<PyRef>> = bases.iter().map(|b| td(b).mro().to_vec()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![ty.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut picked = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(cand))) {
                picked = Some(cand.clone());
                break;
            }
        }
        let Some(c) = picked else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = td(&s[0]).name();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

impl TypeData {
    pub fn custom_getattribute(&self) -> bool {
        self.has_flag(CUSTOM_GETATTRIBUTE)
    }
    pub fn custom_setattr(&self) -> bool {
        self.has_flag(CUSTOM_SETATTR)
    }
}

/// Private flag bits (above CPython's) caching what a heap type overrides.
const CUSTOM_GETATTRIBUTE: u64 = 1 << 40;
const CUSTOM_SETATTR: u64 = 1 << 41;
/// Instances of this class defined in Python can be weakly referenced (it
/// or a base has no `__slots__`, or lists `__weakref__` in them).
pub const WEAKREFABLE: u64 = 1 << 42;

/// Marks a builtin type whose `__getattribute__` is its own (process start).
pub fn mark_custom_getattribute(ty: &PyRef) {
    let t = td(ty);
    t.set_flags(t.flags() | CUSTOM_GETATTRIBUTE);
}

fn refresh_overrides(vm: &Vm, ty: &PyRef) {
    crate::objects::method_cache::invalidate();
    let t = td(ty);
    let mut f = t.flags() & !(CUSTOM_GETATTRIBUTE | CUSTOM_SETATTR);
    if let Some(ga) = lookup(ty, "__getattribute__") {
        if !ga.ty().builtin || ga.type_is(&vm.g.function) {
            f |= CUSTOM_GETATTRIBUTE;
        }
    }
    for n in ["__setattr__", "__delattr__"] {
        if let Some(sa) = lookup(ty, n) {
            if sa.type_is(&vm.g.function) || !sa.ty().builtin {
                f |= CUSTOM_SETATTR;
            }
        }
    }
    t.set_flags(f);
    t.set_finalizer(if lookup(ty, "__del__").is_some() {
        Some(run_del)
    } else {
        None
    });
}

fn run_del(obj: &PyRef) {
    crate::vm::with_current(|vm| {
        if let Some(d) = lookup(obj.type_obj_ref(), "__del__") {
            if let Err(e) = vm.call_descr(&d, obj, &[]) {
                crate::modules::sys::write_unraisable(
                    vm,
                    &e,
                    Some("Exception ignored in"),
                    Some(obj),
                );
            }
        }
    });
}

// ---- calling a class ----------------------------------------------------------

pub fn type_call(vm: &Vm, cls: &PyRef, args: &[PyRef], kwnames: &[PyRef]) -> PyResult {
    if cls.is(&vm.g.type_) && args.len() == 1 && kwnames.is_empty() {
        return Ok(args[0].class());
    }
    let new = lookup(cls, "__new__").expect("object.__new__");
    // A class as `__new__` can call this class again with no Python frame
    // in between to count the recursion.
    let _guard = match new.downcast::<TypeData>() {
        Some(_) => Some(vm.enter_recursion(" while calling a Python object")?),
        None => None,
    };
    if td(cls).builtin && !crate::objects::native::instantiable(cls, &new) {
        return Err(vm.type_error(format!("cannot create '{}' instances", td(cls).name)));
    }
    let new = vm.descr_get(&new, None, cls)?;
    let mut v = Vec::with_capacity(args.len() + 1);
    v.push(cls.clone());
    v.extend_from_slice(args);
    let obj = vm.call(&new, &v, kwnames)?;
    if !is_subtype(&obj.class(), cls) {
        return Ok(obj);
    }
    if cls.is(&vm.g.type_) {
        return Ok(obj);
    }
    let init = lookup(obj.type_obj_ref(), "__init__").expect("object.__init__");
    let r = vm.call_descr_kw(&init, &obj, args, kwnames)?;
    if !vm.is_none(&r) {
        return Err(vm.type_error(format!(
            "__init__() should return None, not '{}'",
            r.ty().name
        )));
    }
    Ok(obj)
}

// ---- class creation -------------------------------------------------------------

/// The most derived metaclass among `meta` and the bases' types.
pub fn calculate_meta(vm: &Vm, meta: &PyRef, bases: &[PyRef]) -> PyResult {
    let mut winner = meta.clone();
    for b in bases {
        let bt = b.class();
        if is_subtype(&winner, &bt) {
            continue;
        }
        if is_subtype(&bt, &winner) {
            winner = bt;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `type.__new__(meta, name, bases, namespace, **kwargs)`.
fn type_new(vm: &Vm, a: Args) -> PyResult {
    let pos = a.positional();
    if pos.len() == 2 && pos[0].is(&vm.g.type_) {
        return Ok(pos[1].class());
    }
    if pos.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let meta = &pos[0];
    let name = &pos[1];
    let bases = &pos[2];
    let ns = &pos[3];
    if name.downcast::<Str>().is_none() {
        return Err(vm.type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            name.ty().name
        )));
    }
    let Some(bases_t) = bases.downcast::<Tuple>() else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            bases.ty().name
        )));
    };
    let Some(nsd) = ns.downcast::<Dict>() else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            ns.ty().name
        )));
    };
    let bases_v: Vec<PyRef> = bases_t.items().to_vec();
    let meta = calculate_meta(vm, meta, &bases_v)?;
    let cls = new_class(vm, &meta, as_str(name), bases_v, nsd)?;
    // The class keywords `type.__new__` received go to the parent's
    // `__init_subclass__` (a metaclass that drops them passes none).
    let kwvals: Vec<PyRef> = a.keywords().map(|(_, v)| v.clone()).collect();
    init_subclass(vm, &cls, a.kwnames, &kwvals)?;
    Ok(cls)
}

pub fn new_class(vm: &Vm, meta: &PyRef, name: &str, bases: Vec<PyRef>, ns: &Dict) -> PyResult {
    let g = vm.g;
    let bases = if bases.is_empty() {
        vec![g.object.clone()]
    } else {
        bases
    };
    for b in &bases {
        match b.downcast::<TypeData>() {
            Some(t) if !t.has_flag(flags::BASETYPE) => {
                return Err(
                    vm.type_error(format!("type '{}' is not an acceptable base type", t.name))
                );
            }
            Some(_) => {}
            None => return Err(vm.type_error("bases must be types")),
        }
    }
    // The solid base decides the instance layout; all bases must agree.
    let mut layout = td(&g.object).layout;
    let mut base_has_dict = false;
    let mut base_slots: Vec<String> = Vec::new();
    let mut best_base = bases[0].clone();
    for b in &bases {
        let bt = td(b);
        if bt.layout.payload_id != td(&g.object).layout.payload_id {
            if layout.payload_id != td(&g.object).layout.payload_id
                && layout.payload_id != bt.layout.payload_id
            {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
            if layout.payload_id != bt.layout.payload_id {
                best_base = b.clone();
            }
            layout = bt.layout;
        }
        if bt.instances_extended {
            if !bt.slot_names.is_empty() && !base_slots.is_empty() && bt.slot_names != base_slots {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
            if bt.slot_names.len() > base_slots.len() {
                base_slots = bt.slot_names.clone();
            }
            base_has_dict |= bt.instance_has_dict;
        }
    }
    let slots_decl = ns.get_str("__slots__", crate::hashing::hash_str("__slots__"));
    let mut own_slots = Vec::new();
    let mut wants_dict = true;
    let mut wants_weakref = slots_decl.is_none();
    if let Some(s) = &slots_decl {
        wants_dict = false;
        let items = if s.downcast::<Str>().is_some() {
            vec![s.clone()]
        } else {
            vm.to_vec(s)?
        };
        for it in items {
            let Some(n) = it.downcast::<Str>() else {
                return Err(vm.type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    it.ty().name
                )));
            };
            let n = n.as_str().to_string();
            if n == "__dict__" {
                wants_dict = true;
                continue;
            }
            if n == "__weakref__" {
                wants_weakref = true;
                continue;
            }
            if ns.get_str(&n, crate::hashing::hash_str(&n)).is_some() {
                return Err(
                    vm.value_error(format!("'{n}' in __slots__ conflicts with class variable"))
                );
            }
            own_slots.push(mangle(name, &n));
        }
    }
    let has_dict = wants_dict || base_has_dict;
    let mut slot_names = base_slots.clone();
    slot_names.extend(own_slots.iter().cloned());

    let dict = vm.new_dict();
    let dd = dict.downcast::<Dict>().expect("dict");
    for (k, v) in ns.items() {
        dd.set_item(vm, k, v)?;
    }
    let qualname = match dd.del_item(vm, &vm.intern("__qualname__"))? {
        Some(q) if q.downcast::<Str>().is_some() => as_str(&q).to_string(),
        Some(q) => {
            return Err(vm.type_error(format!(
                "type __qualname__ must be a str, not {}",
                q.ty().name
            )));
        }
        None => name.to_string(),
    };
    if dd
        .get_str("__doc__", crate::hashing::hash_str("__doc__"))
        .is_none()
    {
        dd.set_item(vm, vm.intern("__doc__"), vm.none())?;
    }
    if dd
        .get_str("__module__", crate::hashing::hash_str("__module__"))
        .is_none()
    {
        if let Some(f) = vm.current_frame() {
            let globals = crate::objects::frame::frame_globals(&f);
            if let Some(m) = globals
                .downcast::<Dict>()
                .and_then(|d| d.get_str("__name__", crate::hashing::hash_str("__name__")))
            {
                dd.set_item(vm, vm.intern("__module__"), m)?;
            }
        }
    }
    for special in ["__new__"] {
        if let Some(f) = dd.get_str(special, crate::hashing::hash_str(special)) {
            if f.type_is(&g.function) {
                dd.set_item(
                    vm,
                    vm.intern(special),
                    alloc(&g.staticmethod, ClassMethod::new(f)),
                )?;
            }
        }
    }
    for special in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = dd.get_str(special, crate::hashing::hash_str(special)) {
            if f.type_is(&g.function) {
                dd.set_item(
                    vm,
                    vm.intern(special),
                    alloc(&g.classmethod, ClassMethod::new(f)),
                )?;
            }
        }
    }
    // Defining __eq__ without __hash__ makes instances unhashable.
    if dd
        .get_str("__eq__", crate::hashing::hash_str("__eq__"))
        .is_some()
        && dd
            .get_str("__hash__", crate::hashing::hash_str("__hash__"))
            .is_none()
    {
        dd.set_item(vm, vm.intern("__hash__"), vm.none())?;
    }
    let classcell = dd.del_item(vm, &vm.intern("__classcell__"))?;

    let inherited = bases.iter().fold(0, |acc, b| {
        acc | (td(b).flags()
            & (flags::LONG_SUBCLASS
                | flags::LIST_SUBCLASS
                | flags::TUPLE_SUBCLASS
                | flags::BYTES_SUBCLASS
                | flags::UNICODE_SUBCLASS
                | flags::DICT_SUBCLASS
                | flags::BASE_EXC_SUBCLASS
                | flags::TYPE_SUBCLASS
                | flags::SEQUENCE
                | flags::MAPPING
                | WEAKREFABLE))
    });
    let weakref_flag = if wants_weakref { WEAKREFABLE } else { 0 };
    let spec = TypeSpec {
        name: name.to_string(),
        qualname,
        dict: dict.clone(),
        layout,
        instances_extended: true,
        instance_has_dict: has_dict,
        slot_names: slot_names.clone(),
        flags: flags::HEAPTYPE | flags::BASETYPE | inherited | weakref_flag,
        builtin: false,
    };
    let ty = alloc(meta, TypeData::new(spec));
    let _ = best_base;
    let mro = if meta.is(&g.type_) || lookup(meta, "mro").is_some_and(|m| m.ty().builtin) {
        c3_mro(&ty, &bases).map_err(|m| vm.type_error(m))?
    } else {
        let tdata = td(&ty);
        drop(tdata.set_hierarchy(
            Some(bases[0].clone()),
            bases.clone(),
            c3_mro(&ty, &bases).map_err(|m| vm.type_error(m))?,
        ));
        let m = vm.call_method(&ty, "mro", &[])?;
        vm.to_vec(&m)?
    };
    let solid = bases
        .iter()
        .find(|b| td(b).layout.payload_id == layout.payload_id)
        .cloned()
        .unwrap_or_else(|| bases[0].clone());
    let _ = solid;
    drop(td(&ty).set_hierarchy(Some(bases[0].clone()), bases.clone(), mro));

    for (i, n) in slot_names.iter().enumerate().skip(base_slots.len()) {
        let d = alloc(
            &g.member_descriptor,
            MemberDescr {
                name: n.clone(),
                index: i,
                owner: ty.clone(),
            },
        );
        dd.set_item(vm, vm.intern(n), d)?;
    }
    if has_dict && !base_has_dict {
        let d = alloc(
            &g.getset_descriptor,
            crate::objects::native::GetSetDescr {
                name: "__dict__",
                get: crate::objects::object::dict_getter,
                set: Some(crate::objects::object::dict_setter),
                owner: ty.clone(),
            },
        );
        dd.set_item(vm, vm.intern("__dict__"), d)?;
    }
    let base_weakrefable = bases.iter().any(|b| td(b).has_flag(WEAKREFABLE));
    if wants_weakref && !base_weakrefable {
        let d = alloc(
            &g.getset_descriptor,
            crate::objects::native::GetSetDescr {
                name: "__weakref__",
                get: crate::objects::weakref::weakref_getter,
                set: None,
                owner: ty.clone(),
            },
        );
        dd.set_item(vm, vm.intern("__weakref__"), d)?;
    }
    refresh_overrides(vm, &ty);
    if let Some(cell) = classcell {
        match cell.downcast::<CellObj>() {
            Some(c) => c.set(Some(ty.clone())),
            None => {
                return Err(vm.type_error(format!(
                    "__classcell__ must be a nonlocal cell, not {}",
                    cell.class()
                        .downcast::<TypeData>()
                        .map(|t| t.name.clone())
                        .unwrap_or_default()
                )));
            }
        }
    }
    for b in &bases {
        let w = crate::objects::weakref::new_ref(vm, &ty)?;
        vm.subclasses
            .borrow_mut()
            .entry(b.id())
            .or_default()
            .push(w);
    }
    // __set_name__ on the new attributes, then the parent's __init_subclass__.
    for (k, v) in dd.items() {
        if let Some(sn) = lookup(v.type_obj_ref(), "__set_name__") {
            if let Err(e) = vm.call_descr(&sn, &v, &[ty.clone(), k.clone()]) {
                // Python 3.11 wraps the error (3.12 adds a note instead).
                let wrapper = vm.new_exc(
                    "RuntimeError",
                    format!(
                        "Error calling __set_name__ on '{}' instance '{}' in '{}'",
                        v.ty().name,
                        as_str(&k),
                        name
                    ),
                );
                return Err(crate::objects::exceptions::make_raisable(
                    vm,
                    wrapper.0,
                    Some(e.0),
                )?);
            }
        }
    }
    Ok(ty)
}

/// Calls the parent's `__init_subclass__(**kwargs)` for a new class.
pub fn init_subclass(vm: &Vm, ty: &PyRef, kwnames: &[PyRef], kwvalues: &[PyRef]) -> PyResult<()> {
    let sup = alloc(
        &vm.g.super_,
        Super {
            start: ty.clone(),
            obj: Some(ty.clone()),
            obj_type: Some(ty.clone()),
        },
    );
    let f = vm.getattr_str(&sup, "__init_subclass__")?;
    vm.call(&f, kwvalues, kwnames)?;
    Ok(())
}

/// Private-name mangling for `__slots__` entries.
fn mangle(class: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

// ---- attribute access on types ---------------------------------------------------------

/// `type.__getattribute__` without the AttributeError.
pub fn type_getattr(vm: &Vm, cls: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
    let sname = crate::objects::str::attr_name(vm, name)?;
    let hash = vm.str_hash(name);
    let meta = cls.type_obj_ref();
    let meta_attr = lookup_hashed(meta, sname, hash);
    if let Some(ma) = &meta_attr {
        if is_data_descriptor(vm, ma) {
            return vm.descr_get(ma, Some(cls), &cls.class()).map(Some);
        }
    }
    if let Some(a) = lookup_hashed(cls, sname, hash) {
        return vm.descr_get(&a, None, cls).map(Some);
    }
    if let Some(ma) = meta_attr {
        return vm.descr_get(&ma, Some(cls), &cls.class()).map(Some);
    }
    Ok(None)
}

fn is_data_descriptor(vm: &Vm, d: &PyRef) -> bool {
    if d.type_is(&vm.g.getset_descriptor)
        || d.type_is(&vm.g.member_descriptor)
        || d.type_is(&vm.g.property)
    {
        return true;
    }
    if d.ty().builtin {
        return false;
    }
    lookup(d.type_obj_ref(), "__set__").is_some()
        || lookup(d.type_obj_ref(), "__delete__").is_some()
}

pub fn type_setattr(vm: &Vm, cls: &PyRef, name: &PyRef, value: Option<PyRef>) -> PyResult<()> {
    let t = td(cls);
    let sname = crate::objects::str::attr_name(vm, name)?;
    if let Some(ma) = lookup(cls.type_obj_ref(), sname) {
        if is_data_descriptor(vm, &ma) {
            return crate::objects::object::descr_set(vm, &ma, cls, value);
        }
    }
    if t.builtin {
        return Err(vm.type_error(format!(
            "cannot set '{sname}' attribute of immutable type '{}'",
            t.name
        )));
    }
    let d = t.dict.downcast::<Dict>().expect("dict");
    crate::objects::method_cache::invalidate();
    match value {
        Some(v) => d.set_item(vm, name.clone(), v)?,
        None => {
            if d.del_item(vm, name)?.is_none() {
                return Err(vm.attribute_error(cls, sname));
            }
        }
    }
    t.bump_version();
    if sname.starts_with("__") {
        refresh_overrides(vm, cls);
    }
    Ok(())
}

pub fn member_get(vm: &Vm, m: &MemberDescr, obj: &PyRef) -> PyResult {
    let v = obj
        .extra()
        .and_then(|e| e.slots.get(m.index))
        .and_then(|s| s.borrow().clone());
    match v {
        Some(v) => Ok(v),
        None => Err(vm.new_exc(
            "AttributeError",
            format!("'{}' object has no attribute '{}'", obj.ty().name, m.name),
        )),
    }
}

pub fn member_set(vm: &Vm, m: &MemberDescr, obj: &PyRef, value: Option<PyRef>) -> PyResult<()> {
    let Some(slot) = obj.extra().and_then(|e| e.slots.get(m.index)) else {
        return Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            m.name,
            td(&m.owner).name,
            obj.ty().name
        )));
    };
    if value.is_none() && slot.borrow().is_none() {
        return Err(vm.new_exc(
            "AttributeError",
            format!("'{}' object has no attribute '{}'", obj.ty().name, m.name),
        ));
    }
    let old = slot.replace(value);
    drop(old);
    Ok(())
}

// ---- super ------------------------------------------------------------------------------

pub struct Super {
    pub start: PyRef,
    pub obj: Option<PyRef>,
    pub obj_type: Option<PyRef>,
}

impl Payload for Super {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.start);
        if let Some(o) = &self.obj {
            visit(o);
        }
        if let Some(o) = &self.obj_type {
            visit(o);
        }
    }
}

fn super_new(vm: &Vm, a: Args) -> PyResult {
    let pos = a.positional();
    let cls = &pos[0];
    let (start, obj) = match pos.len() {
        1 => crate::eval::zero_arg_super(vm)?,
        2 => (pos[1].clone(), None),
        3 => (pos[1].clone(), Some(pos[2].clone())),
        _ => return Err(vm.type_error("super() takes at most 2 arguments")),
    };
    if start.downcast::<TypeData>().is_none() {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            start.ty().name
        )));
    }
    let obj_type = match &obj {
        None => None,
        Some(o) => {
            if o.downcast::<TypeData>().is_some() && is_subtype(o, &start) {
                Some(o.clone())
            } else if is_subtype(&o.class(), &start) {
                Some(o.class())
            } else {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
        }
    };
    Ok(alloc(
        cls,
        Super {
            start,
            obj,
            obj_type,
        },
    ))
}

fn super_getattribute(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "__getattribute__", 1, 1, 1)?;
    let zelf = a.zelf();
    let s = zelf.downcast::<Super>().expect("super");
    let name = &pos[0];
    let sname = crate::objects::str::attr_name(vm, name)?;
    if let (Some(obj_type), true) = (&s.obj_type, sname != "__class__") {
        let mro = td(obj_type).mro().to_vec();
        let idx = mro
            .iter()
            .position(|t| t.is(&s.start))
            .map(|i| i + 1)
            .unwrap_or(mro.len());
        let hash = crate::hashing::hash_str(sname);
        for t in &mro[idx..] {
            if let Some(v) = td(t)
                .dict
                .downcast::<Dict>()
                .expect("dict")
                .get_str(sname, hash)
            {
                let inst = s.obj.as_ref().filter(|o| !o.is(obj_type));
                return vm.descr_get(&v, inst, obj_type);
            }
        }
    }
    match vm.generic_getattr(zelf, name)? {
        Some(v) => Ok(v),
        None => Err(vm.new_exc(
            "AttributeError",
            format!("'super' object has no attribute '{sname}'"),
        )),
    }
}

fn super_repr(vm: &Vm, a: Args) -> PyResult {
    let s = a.zelf().downcast::<Super>().expect("super");
    let start = td(&s.start).name.clone();
    Ok(vm.new_str(match &s.obj_type {
        Some(t) => format!("<super: <class '{}'>, <{} object>>", start, td(t).name),
        None => format!("<super: <class '{start}'>, NULL>"),
    }))
}

// ---- mappingproxy ---------------------------------------------------------------------------

pub struct MappingProxy {
    pub mapping: PyRef,
}

impl Payload for MappingProxy {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.mapping);
    }
}

fn proxy_of(a: &Args) -> PyRef {
    a.zelf()
        .downcast::<MappingProxy>()
        .expect("mappingproxy")
        .mapping
        .clone()
}

fn proxy_getitem(vm: &Vm, a: Args) -> PyResult {
    vm.getitem(&proxy_of(&a), &a.args[1])
}
fn proxy_len(vm: &Vm, a: Args) -> PyResult {
    Ok(vm.new_int(vm.len(&proxy_of(&a))? as i64))
}
fn proxy_iter(vm: &Vm, a: Args) -> PyResult {
    vm.iter(&proxy_of(&a))
}
fn proxy_contains(vm: &Vm, a: Args) -> PyResult {
    Ok(vm.bool(vm.contains(&proxy_of(&a), &a.args[1])?))
}
fn proxy_forward(vm: &Vm, a: Args, name: &str) -> PyResult {
    vm.call_method(&proxy_of(&a), name, &a.args[1..])
}
fn proxy_keys(vm: &Vm, a: Args) -> PyResult {
    proxy_forward(vm, a, "keys")
}
fn proxy_values(vm: &Vm, a: Args) -> PyResult {
    proxy_forward(vm, a, "values")
}
fn proxy_items(vm: &Vm, a: Args) -> PyResult {
    proxy_forward(vm, a, "items")
}
fn proxy_get(vm: &Vm, a: Args) -> PyResult {
    proxy_forward(vm, a, "get")
}
fn proxy_copy(vm: &Vm, a: Args) -> PyResult {
    proxy_forward(vm, a, "copy")
}
fn proxy_repr(vm: &Vm, a: Args) -> PyResult {
    Ok(vm.new_str(format!("mappingproxy({})", vm.repr_string(&proxy_of(&a))?)))
}

// ---- type's own methods and attributes --------------------------------------------------------

fn type_init(vm: &Vm, a: Args) -> PyResult {
    let n = a.positional().len();
    if n != 2 && n != 4 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(vm.none())
}

fn type_repr(vm: &Vm, a: Args) -> PyResult {
    let t = a.zelf();
    let module = type_module(vm, t)?;
    let q = td(t).qualname();
    Ok(vm.new_str(match module {
        Some(m) if m != "builtins" => format!("<class '{m}.{q}'>"),
        _ => format!("<class '{q}'>"),
    }))
}

pub fn type_module(vm: &Vm, t: &PyRef) -> PyResult<Option<String>> {
    let tdata = td(t);
    if tdata.builtin {
        return Ok(Some(match tdata.name.rsplit_once('.') {
            Some((m, _)) => m.to_string(),
            None => "builtins".to_string(),
        }));
    }
    let d = tdata.dict.downcast::<Dict>().expect("dict");
    Ok(
        match d.get_str("__module__", crate::hashing::hash_str("__module__")) {
            Some(m) if m.downcast::<Str>().is_some() => Some(as_str(&m).to_string()),
            Some(m) => Some(vm.str_string(&m)?),
            None => None,
        },
    )
}

fn type_mro_method(vm: &Vm, a: Args) -> PyResult {
    let t = a.zelf();
    let bases = td(t).bases().to_vec();
    let mro = if bases.is_empty() {
        td(t).mro().to_vec()
    } else {
        c3_mro(t, &bases).map_err(|m| vm.type_error(m))?
    };
    Ok(vm.new_list(mro))
}

fn type_subclasses(vm: &Vm, a: Args) -> PyResult {
    let t = a.zelf();
    let is_direct = |s: &PyRef| td(s).bases().iter().any(|b| b.is(t));
    // Builtin subclasses (`bool` of `int`) come from the builtins namespace.
    let mut out: Vec<PyRef> = if td(t).builtin {
        let builtins = vm.builtins_dict.downcast::<Dict>().expect("dict").values();
        builtins
            .into_iter()
            .filter(|v| v.downcast::<TypeData>().is_some() && td(v).builtin && is_direct(v))
            .collect()
    } else {
        Vec::new()
    };
    let mut subs = vm.subclasses.borrow_mut();
    if let Some(refs) = subs.get_mut(&t.id()) {
        refs.retain(|w| crate::objects::weakref::deref(w).is_some());
        // A class whose `__bases__` changed is no longer a direct subclass.
        out.extend(
            refs.iter()
                .filter_map(crate::objects::weakref::deref)
                .filter(is_direct),
        );
    }
    drop(subs);
    Ok(vm.new_list(out))
}

fn type_instancecheck(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "__instancecheck__", 1, 1, 1)?;
    Ok(vm.bool(vm.isinstance_exact_or_sub(&pos[0], a.zelf())))
}

fn type_subclasscheck(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "__subclasscheck__", 1, 1, 1)?;
    if pos[0].downcast::<TypeData>().is_none() {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    Ok(vm.bool(is_subtype(&pos[0], a.zelf())))
}

fn type_prepare(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.new_dict())
}

fn get_name(vm: &Vm, t: &PyRef) -> PyResult {
    let n = td(t).name();
    Ok(vm.new_str(n.rsplit('.').next().unwrap_or(&n)))
}
fn set_name(vm: &Vm, t: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let tdata = td(t);
    if tdata.builtin {
        return Err(vm.type_error(format!(
            "cannot set '__name__' attribute of immutable type '{}'",
            tdata.name
        )));
    }
    match v {
        Some(s) if s.downcast::<Str>().is_some() => {
            let n = as_str(&s);
            if n.contains('\0') {
                return Err(vm.value_error("type name must not contain null characters"));
            }
            tdata.set_name(n.to_string());
            Ok(())
        }
        Some(s) => Err(vm.type_error(format!(
            "can only assign string to {}.__name__, not '{}'",
            tdata.name(),
            s.ty().name
        ))),
        None => Err(vm.type_error(format!(
            "cannot delete '__name__' attribute of immutable type '{}'",
            tdata.name
        ))),
    }
}
fn get_qualname(vm: &Vm, t: &PyRef) -> PyResult {
    Ok(vm.new_str(td(t).qualname()))
}
fn set_qualname(vm: &Vm, t: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    if td(t).builtin {
        return Err(vm.type_error(format!(
            "cannot set '__qualname__' attribute of immutable type '{}'",
            td(t).name
        )));
    }
    match v {
        Some(s) if s.downcast::<Str>().is_some() => {
            td(t).set_qualname(as_str(&s).to_string());
            Ok(())
        }
        _ => Err(vm.type_error(format!(
            "can only assign string to {}.__qualname__",
            td(t).name
        ))),
    }
}
fn get_mro(vm: &Vm, t: &PyRef) -> PyResult {
    Ok(vm.new_tuple(td(t).mro().to_vec()))
}
fn get_bases(vm: &Vm, t: &PyRef) -> PyResult {
    Ok(vm.new_tuple(td(t).bases().to_vec()))
}
fn get_base(vm: &Vm, t: &PyRef) -> PyResult {
    Ok(td(t).base().cloned().unwrap_or_else(|| vm.none()))
}
fn get_dict(vm: &Vm, t: &PyRef) -> PyResult {
    Ok(alloc(
        &vm.g.mappingproxy,
        MappingProxy {
            mapping: td(t).dict.clone(),
        },
    ))
}
fn get_module(vm: &Vm, t: &PyRef) -> PyResult {
    match type_module(vm, t)? {
        Some(m) if td(t).builtin => Ok(vm.new_str(m)),
        _ => {
            let d = td(t).dict.downcast::<Dict>().expect("dict");
            match d.get_str("__module__", crate::hashing::hash_str("__module__")) {
                Some(m) => Ok(m),
                None => Err(vm.new_exc("AttributeError", "__module__")),
            }
        }
    }
}
fn set_module(vm: &Vm, t: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    type_setattr_raw(vm, t, "__module__", v)
}
fn get_doc(vm: &Vm, t: &PyRef) -> PyResult {
    let d = td(t).dict.downcast::<Dict>().expect("dict");
    match d.get_str("__doc__", crate::hashing::hash_str("__doc__")) {
        // The `__doc__` of the type's instances, not of the type itself
        // (CPython keeps a builtin type's own in `tp_doc`).
        Some(doc)
            if td(t).builtin
                && doc
                    .downcast::<crate::objects::native::GetSetDescr>()
                    .is_some() =>
        {
            Ok(builtin_class_doc(&td(t).name).map_or_else(|| doc.clone(), |s| vm.new_str(s)))
        }
        Some(doc) => vm.descr_get(&doc, None, t),
        None => Ok(vm.none()),
    }
}

/// The documentation of builtin types whose instances have a `__doc__` of
/// their own.
fn builtin_class_doc(name: &str) -> Option<&'static str> {
    Some(match name {
        "type" => {
            "type(object) gives the type of an object; type(name, bases, dict, **kwds) makes a new class"
        }
        "property" => {
            "property(fget=None, fset=None, fdel=None, doc=None)\n\nAn attribute whose value fget computes, fset sets and fdel deletes."
        }
        "function" => {
            "function(code, globals, name=None, argdefs=None, closure=None)\n\nA function made from a code object."
        }
        _ => return None,
    })
}
fn set_doc(vm: &Vm, t: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    if v.is_none() && !td(t).builtin {
        return Err(vm.type_error(format!(
            "cannot delete '__doc__' attribute of immutable type '{}'",
            td(t).name
        )));
    }
    type_setattr_raw(vm, t, "__doc__", v)
}
fn get_flags(vm: &Vm, t: &PyRef) -> PyResult {
    Ok(vm.new_int((td(t).flags() & 0xffff_ffff) as i64))
}
fn get_abstractmethods(vm: &Vm, t: &PyRef) -> PyResult {
    let d = td(t).dict.downcast::<Dict>().expect("dict");
    match d.get_str(
        "__abstractmethods__",
        crate::hashing::hash_str("__abstractmethods__"),
    ) {
        Some(v) if !t.is(&vm.g.type_) => Ok(v),
        _ => Err(vm.new_exc("AttributeError", "__abstractmethods__")),
    }
}
fn set_abstractmethods(vm: &Vm, t: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let abstract_ = match &v {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    type_setattr_raw(vm, t, "__abstractmethods__", v)?;
    let tdata = td(t);
    let f = tdata.flags();
    tdata.set_flags(if abstract_ {
        f | flags::IS_ABSTRACT
    } else {
        f & !flags::IS_ABSTRACT
    });
    Ok(())
}
fn get_annotations(vm: &Vm, t: &PyRef) -> PyResult {
    let d = td(t).dict.downcast::<Dict>().expect("dict");
    match d.get_str(
        "__annotations__",
        crate::hashing::hash_str("__annotations__"),
    ) {
        Some(v) => vm.descr_get(&v, None, t),
        None => {
            if td(t).builtin {
                return Err(vm.new_exc(
                    "AttributeError",
                    format!(
                        "type object '{}' has no attribute '__annotations__'",
                        td(t).name
                    ),
                ));
            }
            let nd = vm.new_dict();
            d.set_item(vm, vm.intern("__annotations__"), nd.clone())?;
            Ok(nd)
        }
    }
}
fn set_annotations(vm: &Vm, t: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    type_setattr_raw(vm, t, "__annotations__", v)
}
fn get_text_signature(vm: &Vm, _t: &PyRef) -> PyResult {
    Ok(vm.none())
}

fn type_setattr_raw(vm: &Vm, t: &PyRef, name: &str, v: Option<PyRef>) -> PyResult<()> {
    let tdata = td(t);
    if tdata.builtin {
        return Err(vm.type_error(format!(
            "cannot set '{name}' attribute of immutable type '{}'",
            tdata.name
        )));
    }
    let d = tdata.dict.downcast::<Dict>().expect("dict");
    crate::objects::method_cache::invalidate();
    match v {
        Some(v) => d.set_item(vm, vm.intern(name), v),
        None => {
            d.del_item(vm, &vm.intern(name))?;
            Ok(())
        }
    }
}

fn set_bases(vm: &Vm, t: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let Some(v) = v else {
        return Err(vm.type_error("cannot delete '__bases__' attribute"));
    };
    let Some(tup) = v.downcast::<Tuple>() else {
        return Err(vm.type_error(format!(
            "can only assign tuple to {}.__bases__, not {}",
            td(t).name,
            v.ty().name
        )));
    };
    if td(t).builtin {
        return Err(vm.type_error(format!(
            "cannot set '__bases__' attribute of immutable type '{}'",
            td(t).name
        )));
    }
    let bases = tup.items().to_vec();
    if bases.is_empty() {
        return Err(vm.type_error(format!(
            "can only assign non-empty tuple to {}.__bases__, not ()",
            td(t).name
        )));
    }
    for b in &bases {
        if is_subtype(b, t) {
            return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
        }
    }
    let mro = c3_mro(t, &bases).map_err(|m| vm.type_error(m))?;
    let old = td(t).set_hierarchy(Some(bases[0].clone()), bases, mro);
    drop(old);
    refresh_overrides(vm, t);
    // Every class below `t` inherits the new order (CPython's
    // mro_hierarchy); a worklist, as hierarchies can be deep.
    let mut work = direct_subclasses(vm, t);
    let mut seen = std::collections::HashSet::new();
    while let Some(sub) = work.pop() {
        if !seen.insert(sub.id()) {
            continue;
        }
        let bases = td(&sub).bases().to_vec();
        let mro = c3_mro(&sub, &bases).map_err(|m| vm.type_error(m))?;
        let old = td(&sub).set_hierarchy(bases.first().cloned(), bases, mro);
        drop(old);
        refresh_overrides(vm, &sub);
        work.extend(direct_subclasses(vm, &sub));
    }
    Ok(())
}

/// The live classes defined in this context with `t` among their bases.
fn direct_subclasses(vm: &Vm, t: &PyRef) -> Vec<PyRef> {
    let subs = vm.subclasses.borrow();
    subs.get(&t.id())
        .map(|refs| {
            refs.iter()
                .filter_map(crate::objects::weakref::deref)
                .filter(|s| td(s).bases().iter().any(|b| b.is(t)))
                .collect()
        })
        .unwrap_or_default()
}

pub fn generic_alias(vm: &Vm, origin: &PyRef, args: &PyRef) -> PyResult {
    crate::objects::generic_alias::new_generic_alias(vm, origin, args)
}

pub fn fill(g: &Globals) {
    let t = &g.type_;
    add_static(
        g,
        t,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        type_new,
    );
    add_method(
        g,
        t,
        "__init__",
        signature!("($self, /, *args, **kwargs)"),
        type_init,
    );
    add_method(g, t, "__repr__", signature!("($self, /)"), type_repr);
    add_method(g, t, "mro", signature!("($self, /)"), type_mro_method);
    add_method(
        g,
        t,
        "__subclasses__",
        signature!("($self, /)"),
        type_subclasses,
    );
    add_method(
        g,
        t,
        "__instancecheck__",
        signature!("($self, instance, /)"),
        type_instancecheck,
    );
    add_method(
        g,
        t,
        "__subclasscheck__",
        signature!("($self, subclass, /)"),
        type_subclasscheck,
    );
    add_method(
        g,
        t,
        "__setattr__",
        signature!("($self, name, value, /)"),
        |vm, a| {
            let pos = a.check_pos(vm, "__setattr__", 1, 2, 2)?;
            type_setattr(vm, a.zelf(), &pos[0], Some(pos[1].clone()))?;
            Ok(vm.none())
        },
    );
    add_method(
        g,
        t,
        "__delattr__",
        signature!("($self, name, /)"),
        |vm, a| {
            let pos = a.check_pos(vm, "__delattr__", 1, 1, 1)?;
            type_setattr(vm, a.zelf(), &pos[0], None)?;
            Ok(vm.none())
        },
    );
    add_method(g, t, "__or__", signature!("($self, value, /)"), |vm, a| {
        crate::objects::generic_alias::union_or(vm, &a.args[0], &a.args[1])
    });
    add_method(g, t, "__ror__", signature!("($self, value, /)"), |vm, a| {
        crate::objects::generic_alias::union_or(vm, &a.args[1], &a.args[0])
    });
    crate::objects::add_classmethod(
        g,
        t,
        "__prepare__",
        signature!(hidden "($type, *args, **kwargs)"),
        type_prepare,
    );
    add_method(
        g,
        t,
        "__call__",
        signature!("($self, /, *args, **kwargs)"),
        |vm, a| type_call(vm, a.zelf(), &a.args[1..], a.kwnames),
    );
    add_getset(g, t, "__name__", get_name, Some(set_name));
    add_getset(g, t, "__qualname__", get_qualname, Some(set_qualname));
    add_getset(g, t, "__mro__", get_mro, None);
    add_getset(g, t, "__bases__", get_bases, Some(set_bases));
    add_getset(g, t, "__base__", get_base, None);
    add_getset(g, t, "__dict__", get_dict, None);
    add_getset(g, t, "__module__", get_module, Some(set_module));
    add_getset(g, t, "__doc__", get_doc, Some(set_doc));
    add_getset(g, t, "__flags__", get_flags, None);
    add_getset(
        g,
        t,
        "__abstractmethods__",
        get_abstractmethods,
        Some(set_abstractmethods),
    );
    add_getset(
        g,
        t,
        "__annotations__",
        get_annotations,
        Some(set_annotations),
    );
    add_getset(g, t, "__text_signature__", get_text_signature, None);
    add_method(
        g,
        t,
        "__dir__",
        signature!("($self, /)"),
        crate::objects::object::type_dir,
    );

    let s = &g.super_;
    add_static(
        g,
        s,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        super_new,
    );
    add_method(
        g,
        s,
        "__getattribute__",
        signature!("($self, name, /)"),
        super_getattribute,
    );
    mark_custom_getattribute(s);
    add_method(g, s, "__repr__", signature!("($self, /)"), super_repr);
    add_method(
        g,
        s,
        "__init__",
        signature!("($self, /, *args, **kwargs)"),
        |vm, _a| Ok(vm.none()),
    );
    add_getset(
        g,
        s,
        "__thisclass__",
        |_vm, o| Ok(o.downcast::<Super>().expect("super").start.clone()),
        None,
    );
    add_getset(
        g,
        s,
        "__self__",
        |vm, o| {
            Ok(o.downcast::<Super>()
                .expect("super")
                .obj
                .clone()
                .unwrap_or_else(|| vm.none()))
        },
        None,
    );
    add_getset(
        g,
        s,
        "__self_class__",
        |vm, o| {
            Ok(o.downcast::<Super>()
                .expect("super")
                .obj_type
                .clone()
                .unwrap_or_else(|| vm.none()))
        },
        None,
    );

    let m = &g.mappingproxy;
    add_method(
        g,
        m,
        "__getitem__",
        signature!("($self, key, /)"),
        proxy_getitem,
    );
    add_method(g, m, "__len__", signature!("($self, /)"), proxy_len);
    add_method(g, m, "__iter__", signature!("($self, /)"), proxy_iter);
    add_method(
        g,
        m,
        "__contains__",
        signature!("($self, key, /)"),
        proxy_contains,
    );
    add_method(g, m, "keys", signature!(hidden "($self, /)"), proxy_keys);
    add_method(
        g,
        m,
        "values",
        signature!(hidden "($self, /)"),
        proxy_values,
    );
    add_method(g, m, "items", signature!(hidden "($self, /)"), proxy_items);
    add_method(
        g,
        m,
        "get",
        signature!(hidden "($self, k, d=<unrepresentable>, /)"),
        proxy_get,
    );
    add_method(g, m, "copy", signature!(hidden "($self, /)"), proxy_copy);
    add_method(g, m, "__repr__", signature!("($self, /)"), proxy_repr);
    add_method(g, m, "__str__", signature!("($self, /)"), |vm, a| {
        vm.str(&proxy_of(&a))
    });
}
