//! The abstract object protocols (CPython's `abstract.c` and `object.c`):
//! attribute access, calls, operators, comparison, hashing, truth, repr,
//! iteration, sequences and mappings. Exact builtin types take fast paths;
//! everything else goes through the special methods found on the type.

use num_bigint::BigInt;
use terrarium_compiler::bytecode::{BinOp, CmpOp};

use crate::error::{PyErr, PyResult};
use crate::object::PyRef;
use crate::objects::dict::Dict;
use crate::objects::function::{BoundMethod, ClassMethod, Property};
use crate::objects::int::Int;
use crate::objects::native::{Args, GetSetDescr, MemberDescr, MethodDescr, NativeFunction};
use crate::objects::str::Str;
use crate::objects::typeobject::{is_subtype, lookup};
use crate::typeobj::TypeData;
use crate::vm::Vm;

impl Vm {
    // ---- attributes --------------------------------------------------------

    pub fn getattr(&self, obj: &PyRef, name: &PyRef) -> PyResult {
        match self.find_attr(obj, name, true)? {
            Some(v) => Ok(v),
            None => Err(self.attribute_error(obj, crate::objects::str::as_str(name))),
        }
    }

    pub fn getattr_str(&self, obj: &PyRef, name: &str) -> PyResult {
        let n = self.intern(name);
        self.getattr(obj, &n)
    }

    /// Attribute lookup that returns `None` instead of raising AttributeError.
    pub fn getattr_opt(&self, obj: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
        self.find_attr(obj, name, false)
    }

    /// Attribute lookup. A missing attribute is `None`, or with `keep`, the
    /// AttributeError that `__getattribute__` or `__getattr__` raised (so
    /// their messages reach the program, as in CPython).
    fn find_attr(&self, obj: &PyRef, name: &PyRef, keep: bool) -> PyResult<Option<PyRef>> {
        let ty = obj.ty();
        if ty.custom_getattribute() {
            let ga = lookup(obj.type_obj_ref(), "__getattribute__").expect("object has it");
            let r = self.call_descr(&ga, obj, &[name.clone()]);
            return match r {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.err_matches(&e, "AttributeError") => {
                    self.getattr_hook(obj, name, e, keep)
                }
                Err(e) => Err(e),
            };
        }
        let found = if obj.downcast::<TypeData>().is_some() {
            crate::objects::typeobject::type_getattr(self, obj, name)?
        } else {
            match self.generic_getattr(obj, name) {
                Ok(found) => found,
                // An AttributeError from a descriptor (a property's getter)
                // also falls back to `__getattr__`, as in CPython.
                Err(e)
                    if ty.is_heap()
                        && self.err_matches(&e, "AttributeError")
                        && lookup(obj.type_obj_ref(), "__getattr__").is_some() =>
                {
                    return self.getattr_hook(obj, name, e, keep);
                }
                Err(e) => return Err(e),
            }
        };
        match found {
            Some(v) => Ok(Some(v)),
            None => {
                if ty.is_heap() || obj.downcast::<crate::objects::module::Module>().is_some() {
                    let e = self.attribute_error(obj, crate::objects::str::as_str(name));
                    self.getattr_hook(obj, name, e, keep)
                } else {
                    Ok(None)
                }
            }
        }
    }

    /// After `__getattribute__` raised `err` (an AttributeError): the
    /// result of `__getattr__` if the object has one. A missing attribute
    /// is `None`, or with `keep` the last AttributeError.
    fn getattr_hook(
        &self,
        obj: &PyRef,
        name: &PyRef,
        err: PyErr,
        keep: bool,
    ) -> PyResult<Option<PyRef>> {
        let missing = |e: PyErr| if keep { Err(e) } else { Ok(None) };
        let hook_result = |r: PyResult| match r {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, "AttributeError") => missing(e),
            Err(e) => Err(e),
        };
        if let Some(m) = obj.downcast::<crate::objects::module::Module>() {
            return match m
                .dict()
                .get_str("__getattr__", crate::hashing::hash_str("__getattr__"))
            {
                Some(ga) => hook_result(self.call(&ga, &[name.clone()], &[])),
                None => missing(err),
            };
        }
        match lookup(obj.type_obj_ref(), "__getattr__") {
            Some(hook) => hook_result(self.call_descr(&hook, obj, &[name.clone()])),
            None => missing(err),
        }
    }

    /// `object.__getattribute__` without the AttributeError.
    pub fn generic_getattr(&self, obj: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
        let tyref = obj.type_obj_ref();
        let sname = crate::objects::str::attr_name(self, name)?;
        let descr = if name.type_is(&self.g.str_) {
            crate::objects::typeobject::lookup_hashed(tyref, sname, self.str_hash(name))
        } else {
            lookup(tyref, sname)
        };
        if let Some(d) = &descr {
            if let Some(r) = self.data_descr_get(d, obj)? {
                return Ok(Some(r));
            }
        }
        if let Some(dict) = crate::objects::object::instance_dict(obj) {
            let dd = dict.downcast::<Dict>().expect("dict");
            let hit = if name.type_is(&self.g.str_) {
                dd.get_str(sname, self.str_hash(name))
            } else {
                dd.get_item(self, name)?
            };
            if let Some(v) = hit {
                return Ok(Some(v));
            }
        }
        match descr {
            Some(d) => Ok(Some(self.descr_get(&d, Some(obj), &obj.class())?)),
            None => Ok(None),
        }
    }

    /// If `d` is a data descriptor, its `__get__(obj)`.
    fn data_descr_get(&self, d: &PyRef, obj: &PyRef) -> PyResult<Option<PyRef>> {
        if let Some(gs) = d.downcast::<GetSetDescr>() {
            if d.type_is(&self.g.getset_descriptor) {
                return gs.get(self, obj).map(Some);
            }
        }
        if let Some(m) = d.downcast::<MemberDescr>() {
            return crate::objects::typeobject::member_get(self, m, obj).map(Some);
        }
        if let Some(p) = d.downcast::<Property>() {
            if d.type_is(&self.g.property) {
                return crate::objects::function::property_get(self, p, obj).map(Some);
            }
        }
        if d.ty().builtin {
            return Ok(None);
        }
        let dt = d.type_obj_ref();
        if lookup(dt, "__set__").is_some() || lookup(dt, "__delete__").is_some() {
            if let Some(get) = lookup(dt, "__get__") {
                // Called as found, not bound (CPython's slot_tp_descr_get):
                // a `__get__` that is itself a descriptor must not recurse.
                return self
                    .call(&get, &[d.clone(), obj.clone(), obj.class()], &[])
                    .map(Some);
            }
            return Ok(None);
        }
        Ok(None)
    }

    /// `descr.__get__(obj, owner)` for any attribute found on a type;
    /// objects without `__get__` are returned as they are.
    pub fn descr_get(&self, d: &PyRef, obj: Option<&PyRef>, owner: &PyRef) -> PyResult {
        let g = self.g;
        if d.type_is(&g.function) {
            return Ok(match obj {
                Some(o) => crate::objects::function::new_bound_method(self, d.clone(), o.clone()),
                None => d.clone(),
            });
        }
        if d.type_is(&g.method_descriptor) {
            let m = d.downcast::<MethodDescr>().expect("descr");
            return Ok(match obj {
                Some(o) => {
                    if !self.isinstance_exact_or_sub(o, &m.owner) {
                        return Err(self.type_error(format!(
                            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                            m.name,
                            m.owner
                                .downcast::<TypeData>()
                                .map(|t| t.name.clone())
                                .unwrap_or_default(),
                            o.ty().name
                        )));
                    }
                    crate::objects::function::bind_native(self, m, o.clone())
                }
                None => d.clone(),
            });
        }
        if d.type_is(&g.classmethod_descriptor) {
            let m = d.downcast::<MethodDescr>().expect("descr");
            return Ok(crate::objects::function::bind_native(
                self,
                m,
                owner.clone(),
            ));
        }
        if d.type_is(&g.builtin_function) || d.ty().builtin && d.downcast::<Str>().is_some() {
            return Ok(d.clone());
        }
        if let Some(gs) = d.downcast::<GetSetDescr>() {
            return match obj {
                Some(o) => gs.get(self, o),
                None => Ok(d.clone()),
            };
        }
        if let Some(m) = d.downcast::<MemberDescr>() {
            return match obj {
                Some(o) => crate::objects::typeobject::member_get(self, m, o),
                None => Ok(d.clone()),
            };
        }
        if d.type_is(&g.classmethod) {
            let cm = d.downcast::<ClassMethod>().expect("classmethod");
            let f = cm.callable();
            // A classmethod wrapping a descriptor (e.g. a property) chains.
            if !f.type_is(&g.function)
                && lookup(f.type_obj_ref(), "__get__").is_some()
                && !f.ty().builtin
            {
                return self.descr_get(&f, Some(owner), &owner.class());
            }
            return Ok(crate::objects::function::new_bound_method(
                self,
                f,
                owner.clone(),
            ));
        }
        if d.type_is(&g.staticmethod) {
            return Ok(d
                .downcast::<ClassMethod>()
                .expect("staticmethod")
                .callable());
        }
        if let Some(p) = d.downcast::<Property>() {
            return match obj {
                Some(o) => crate::objects::function::property_get(self, p, o),
                None => Ok(d.clone()),
            };
        }
        if d.ty().builtin && !d.type_is(&g.classmethod) && !d.type_is(&g.staticmethod) {
            // Builtin objects other than the descriptors above have no __get__.
            if lookup(d.type_obj_ref(), "__get__").is_none() {
                return Ok(d.clone());
            }
        }
        match lookup(d.type_obj_ref(), "__get__") {
            Some(get) => {
                let o = obj.cloned().unwrap_or_else(|| self.none());
                // As found, not bound: see `data_descr_get` above.
                self.call(&get, &[d.clone(), o, owner.clone()], &[])
            }
            None => Ok(d.clone()),
        }
    }

    /// Calls an attribute found on a type as a method of `zelf`, without
    /// creating a bound method when it is a function or builtin method.
    pub fn call_descr(&self, descr: &PyRef, zelf: &PyRef, args: &[PyRef]) -> PyResult {
        self.call_descr_kw(descr, zelf, args, &[])
    }

    pub fn call_descr_kw(
        &self,
        descr: &PyRef,
        zelf: &PyRef,
        args: &[PyRef],
        kwnames: &[PyRef],
    ) -> PyResult {
        if descr.type_is(&self.g.function) || descr.type_is(&self.g.method_descriptor) {
            let mut v = Vec::with_capacity(args.len() + 1);
            v.push(zelf.clone());
            v.extend_from_slice(args);
            if let Some(m) = descr.downcast::<MethodDescr>() {
                return m.call(self, Args { args: &v, kwnames });
            }
            return self.call(descr, &v, kwnames);
        }
        let bound = self.descr_get(descr, Some(zelf), &zelf.class())?;
        self.call(&bound, args, kwnames)
    }

    /// Calls the special method `name` of `obj`'s type; `None` if absent.
    pub fn call_special(&self, obj: &PyRef, name: &str, args: &[PyRef]) -> PyResult<Option<PyRef>> {
        match lookup(obj.type_obj_ref(), name) {
            Some(d) => self.call_descr(&d, obj, args).map(Some),
            None => Ok(None),
        }
    }

    pub fn call_method(&self, obj: &PyRef, name: &str, args: &[PyRef]) -> PyResult {
        let f = self.getattr_str(obj, name)?;
        self.call(&f, args, &[])
    }

    pub fn setattr(&self, obj: &PyRef, name: &PyRef, value: Option<PyRef>) -> PyResult<()> {
        let ty = obj.ty();
        if ty.is_heap() || ty.custom_setattr() {
            let hook_name = if value.is_some() {
                "__setattr__"
            } else {
                "__delattr__"
            };
            if let Some(f) = lookup(obj.type_obj_ref(), hook_name) {
                if !f.ty().builtin || f.type_is(&self.g.function) {
                    let mut args = vec![name.clone()];
                    if let Some(v) = value {
                        args.push(v);
                    }
                    self.call_descr(&f, obj, &args)?;
                    return Ok(());
                }
            }
        }
        if obj.downcast::<TypeData>().is_some() {
            return crate::objects::typeobject::type_setattr(self, obj, name, value);
        }
        crate::objects::object::generic_setattr(self, obj, name, value)
    }

    pub fn setattr_str(&self, obj: &PyRef, name: &str, value: PyRef) -> PyResult<()> {
        let n = self.intern(name);
        self.setattr(obj, &n, Some(value))
    }

    // ---- calls ---------------------------------------------------------------

    pub fn call(&self, callable: &PyRef, args: &[PyRef], kwnames: &[PyRef]) -> PyResult {
        let g = self.g;
        if callable.type_is(&g.function) {
            return crate::eval::call_function(self, callable, args, kwnames);
        }
        if callable.type_is(&g.builtin_function) {
            let f = callable.downcast::<NativeFunction>().expect("native");
            return crate::objects::native::call_native(self, f, Args { args, kwnames });
        }
        if callable.type_is(&g.method) {
            let m = callable.downcast::<BoundMethod>().expect("method");
            let mut v = Vec::with_capacity(args.len() + 1);
            v.push(m.zelf.clone());
            v.extend_from_slice(args);
            return self.call(&m.func, &v, kwnames);
        }
        if callable.type_is(&g.method_descriptor) || callable.type_is(&g.classmethod_descriptor) {
            let m = callable.downcast::<MethodDescr>().expect("descr");
            if callable.type_is(&g.classmethod_descriptor) {
                // Called through the class dict: the first argument is the
                // class, checked as CPython's classmethoddescr_call does.
                let owner = &m
                    .owner
                    .downcast::<TypeData>()
                    .map_or("?", |t| t.name.as_str());
                let Some(cls) = args
                    .get(..args.len() - kwnames.len())
                    .and_then(|p| p.first())
                else {
                    return Err(self.type_error(format!(
                        "descriptor '{}' of '{owner}' object needs an argument",
                        m.name
                    )));
                };
                let Some(cls_td) = cls.downcast::<TypeData>() else {
                    return Err(self.type_error(format!(
                        "descriptor '{}' for type '{owner}' needs a type, not a '{}' as arg 2",
                        m.name,
                        cls.ty().name
                    )));
                };
                if !crate::objects::typeobject::is_subtype(cls, &m.owner) {
                    return Err(self.type_error(format!(
                        "descriptor '{}' requires a subtype of '{owner}' but received '{}'",
                        m.name, cls_td.name
                    )));
                }
                return m.call(self, Args { args, kwnames });
            }
            if args.len() <= kwnames.len() {
                return Err(self.type_error(format!(
                    "unbound method {}.{}() needs an argument",
                    m.owner
                        .downcast::<TypeData>()
                        .map(|t| t.name.as_str())
                        .unwrap_or("?"),
                    m.name
                )));
            }
            if !self.isinstance_exact_or_sub(&args[0], &m.owner) {
                return Err(self.type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    m.name,
                    m.owner
                        .downcast::<TypeData>()
                        .map(|t| t.name.as_str())
                        .unwrap_or("?"),
                    args[0].ty().name
                )));
            }
            return m.call(self, Args { args, kwnames });
        }
        if callable.downcast::<TypeData>().is_some() && callable.class().is(&g.type_) {
            return crate::objects::typeobject::type_call(self, callable, args, kwnames);
        }
        match lookup(callable.type_obj_ref(), "__call__") {
            Some(c) => {
                let _guard = self.enter_recursion(" while calling a Python object")?;
                self.call_descr_kw(&c, callable, args, kwnames)
            }
            None => {
                Err(self.type_error(format!("'{}' object is not callable", callable.ty().name)))
            }
        }
    }

    pub fn call0(&self, f: &PyRef) -> PyResult {
        self.call(f, &[], &[])
    }

    pub fn call1(&self, f: &PyRef, a: PyRef) -> PyResult {
        self.call(f, &[a], &[])
    }

    pub fn is_callable(&self, o: &PyRef) -> bool {
        let g = self.g;
        o.type_is(&g.function)
            || o.type_is(&g.builtin_function)
            || o.type_is(&g.method)
            || o.downcast::<TypeData>().is_some()
            || lookup(o.type_obj_ref(), "__call__").is_some()
    }

    // ---- type checks -----------------------------------------------------------

    pub fn isinstance_exact_or_sub(&self, o: &PyRef, ty: &PyRef) -> bool {
        o.type_is(ty) || is_subtype(&o.class(), ty)
    }

    /// `isinstance(o, cls)` with `__instancecheck__`.
    pub fn isinstance(&self, o: &PyRef, cls: &PyRef) -> PyResult<bool> {
        if o.type_is(cls) {
            return Ok(true);
        }
        if let Some(t) = cls.downcast::<crate::objects::tuple::Tuple>() {
            if cls.type_is(&self.g.tuple) {
                let _g = self.enter_recursion(" in __instancecheck__")?;
                for c in t.items() {
                    if self.isinstance(o, c)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        }
        if cls.class().is(&self.g.type_) {
            return Ok(self.isinstance_exact_or_sub(o, cls) || self.class_of_matches(o, cls)?);
        }
        if let Some(check) = lookup(cls.type_obj_ref(), "__instancecheck__") {
            let _g = self.enter_recursion(" in __instancecheck__")?;
            let r = self.call_descr(&check, cls, &[o.clone()])?;
            return self.truthy(&r);
        }
        if cls.downcast::<TypeData>().is_some() {
            return Ok(self.isinstance_exact_or_sub(o, cls));
        }
        Err(self.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
    }

    /// `obj.__class__` may differ from `type(obj)` (proxies).
    fn class_of_matches(&self, o: &PyRef, cls: &PyRef) -> PyResult<bool> {
        if !o.ty().is_heap() {
            return Ok(false);
        }
        let c = self.getattr_opt(o, &self.intern("__class__"))?;
        Ok(match c {
            Some(c) if !c.is(&o.class()) && c.downcast::<TypeData>().is_some() => {
                is_subtype(&c, cls)
            }
            _ => false,
        })
    }

    pub fn issubclass(&self, c: &PyRef, cls: &PyRef) -> PyResult<bool> {
        if let Some(t) = cls.downcast::<crate::objects::tuple::Tuple>() {
            if cls.type_is(&self.g.tuple) {
                let _g = self.enter_recursion(" in __subclasscheck__")?;
                for x in t.items() {
                    if self.issubclass(c, x)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        }
        if !cls.class().is(&self.g.type_) {
            if let Some(check) = lookup(cls.type_obj_ref(), "__subclasscheck__") {
                let _g = self.enter_recursion(" in __subclasscheck__")?;
                let r = self.call_descr(&check, cls, &[c.clone()])?;
                return self.truthy(&r);
            }
        }
        if c.downcast::<TypeData>().is_none() {
            return Err(self.type_error("issubclass() arg 1 must be a class"));
        }
        if cls.downcast::<TypeData>().is_none() {
            return Err(self
                .type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
        }
        Ok(is_subtype(c, cls))
    }

    // ---- operators -------------------------------------------------------------

    pub fn binary_op(&self, a: &PyRef, b: &PyRef, op: BinOp) -> PyResult {
        if let Some(r) = crate::objects::int::fast_binary(self, a, b, op)? {
            return Ok(r);
        }
        let (name, rname, _) = op.dunders();
        if let Some(r) = self.binary_op1(a, b, name, rname)? {
            return Ok(r);
        }
        if op == BinOp::Multiply {
            // CPython tries sequence repetition last, and says so.
            let is_seq = |o: &PyRef| {
                [
                    &self.g.str_,
                    &self.g.bytes,
                    &self.g.bytearray,
                    &self.g.list,
                    &self.g.tuple,
                ]
                .iter()
                .any(|t| is_subtype(&o.class(), t))
            };
            let other = if is_seq(a) {
                Some(b)
            } else if is_seq(b) {
                Some(a)
            } else {
                None
            };
            if let Some(o) = other {
                return Err(self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    o.ty().name
                )));
            }
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            if op == BinOp::Power {
                "** or pow()"
            } else {
                op.symbol()
            },
            a.ty().name,
            b.ty().name
        )))
    }

    /// Tries `a.name(b)` and `b.rname(a)` in CPython's order; `None` if both
    /// returned NotImplemented.
    pub fn binary_op1(
        &self,
        a: &PyRef,
        b: &PyRef,
        name: &str,
        rname: &str,
    ) -> PyResult<Option<PyRef>> {
        let ta = a.class();
        let tb = b.class();
        let fa = lookup(&ta, name);
        let fb = if ta.is(&tb) { None } else { lookup(&tb, rname) };
        if let (Some(fb_), true) = (&fb, !ta.is(&tb) && is_subtype(&tb, &ta)) {
            let ra_same = lookup(&ta, rname).is_some_and(|x| x.is(fb_));
            if !ra_same {
                let r = self.call_descr(fb_, b, &[a.clone()])?;
                if !r.is(&self.g.not_implemented) {
                    return Ok(Some(r));
                }
                if let Some(fa) = &fa {
                    let r = self.call_descr(fa, a, &[b.clone()])?;
                    if !r.is(&self.g.not_implemented) {
                        return Ok(Some(r));
                    }
                }
                return Ok(None);
            }
        }
        if let Some(fa) = &fa {
            let r = self.call_descr(fa, a, &[b.clone()])?;
            if !r.is(&self.g.not_implemented) {
                return Ok(Some(r));
            }
        }
        if let Some(fb) = &fb {
            let r = self.call_descr(fb, b, &[a.clone()])?;
            if !r.is(&self.g.not_implemented) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    pub fn inplace_op(&self, a: &PyRef, b: &PyRef, op: BinOp) -> PyResult {
        // Exact ints and floats have no in-place methods: take the fast path
        // first. Everything else tries `__iadd__` and friends, wherever the
        // type defines them (the lookup is cached).
        if let Some(r) = crate::objects::int::fast_binary(self, a, b, op)? {
            return Ok(r);
        }
        let (name, rname, iname) = op.dunders();
        if let Some(f) = lookup(a.type_obj_ref(), iname) {
            let r = self.call_descr(&f, a, &[b.clone()])?;
            if !r.is(&self.g.not_implemented) {
                return Ok(r);
            }
        }
        if let Some(r) = self.binary_op1(a, b, name, rname)? {
            return Ok(r);
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for {}=: '{}' and '{}'",
            if op == BinOp::Power {
                "**"
            } else {
                op.symbol()
            },
            a.ty().name,
            b.ty().name
        )))
    }

    pub fn unary_op(&self, a: &PyRef, name: &str, symbol: &str) -> PyResult {
        match self.call_special(a, name, &[])? {
            Some(r) => Ok(r),
            None => Err(self.type_error(format!(
                "bad operand type for unary {symbol}: '{}'",
                a.ty().name
            ))),
        }
    }

    // ---- comparison --------------------------------------------------------------

    pub fn rich_compare(&self, a: &PyRef, b: &PyRef, op: CmpOp) -> PyResult {
        if let Some(r) = crate::objects::int::fast_compare(self, a, b, op) {
            return Ok(self.bool(r));
        }
        let _guard = self.enter_recursion(" in comparison")?;
        let ta = a.class();
        let tb = b.class();
        let name = op.dunder();
        let rname = op.swapped().dunder();
        let mut checked_reflected = false;
        if !ta.is(&tb) && is_subtype(&tb, &ta) {
            if let Some(f) = lookup(&tb, rname) {
                checked_reflected = true;
                let r = self.call_descr(&f, b, &[a.clone()])?;
                if !r.is(&self.g.not_implemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = lookup(&ta, name) {
            let r = self.call_descr(&f, a, &[b.clone()])?;
            if !r.is(&self.g.not_implemented) {
                return Ok(r);
            }
        }
        if !checked_reflected {
            if let Some(f) = lookup(&tb, rname) {
                let r = self.call_descr(&f, b, &[a.clone()])?;
                if !r.is(&self.g.not_implemented) {
                    return Ok(r);
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(self.bool(a.is(b))),
            CmpOp::Ne => Ok(self.bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                a.ty().name,
                b.ty().name
            ))),
        }
    }

    pub fn compare_bool(&self, a: &PyRef, b: &PyRef, op: CmpOp) -> PyResult<bool> {
        if let Some(r) = crate::objects::int::fast_compare(self, a, b, op) {
            return Ok(r);
        }
        let r = self.rich_compare(a, b, op)?;
        self.truthy(&r)
    }

    /// `a == b` with the identity shortcut containers use.
    pub fn eq_bool(&self, a: &PyRef, b: &PyRef) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        self.compare_bool(a, b, CmpOp::Eq)
    }

    /// Equality for dict/set keys: exact `str` pairs compare without Python.
    pub fn eq_bool_fast_str(&self, a: &PyRef, b: &PyRef) -> PyResult<bool> {
        if a.type_is(&self.g.str_) && b.type_is(&self.g.str_) {
            return Ok(crate::objects::str::as_str(a) == crate::objects::str::as_str(b));
        }
        self.eq_bool(a, b)
    }

    // ---- hashing ---------------------------------------------------------------

    pub fn str_hash(&self, s: &PyRef) -> i64 {
        crate::hashing::str_hash(s, s.downcast::<Str>().expect("str"))
    }

    pub fn hash(&self, o: &PyRef) -> PyResult<i64> {
        if o.type_is(&self.g.str_) {
            return Ok(self.str_hash(o));
        }
        if o.type_is(&self.g.int) {
            return Ok(o.downcast::<Int>().expect("int").hash());
        }
        if o.type_is(&self.g.tuple) {
            let t = o.downcast::<crate::objects::tuple::Tuple>().expect("tuple");
            return crate::objects::tuple::hash_items(self, t.items());
        }
        match lookup(o.type_obj_ref(), "__hash__") {
            Some(h) if !self.is_none(&h) => {
                let r = self.call_descr(&h, o, &[])?;
                // A result that fits is used as is (-1 is reserved for
                // errors in CPython's C API); larger ones are hashed again.
                match r.downcast::<Int>() {
                    Some(i) => Ok(match i.to_i64() {
                        Some(-1) => -2,
                        Some(v) => v,
                        None => i.hash(),
                    }),
                    None => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            _ => Err(self.type_error(format!("unhashable type: '{}'", o.ty().name))),
        }
    }

    // ---- truth, repr, str ------------------------------------------------------

    pub fn truthy(&self, o: &PyRef) -> PyResult<bool> {
        let g = self.g;
        if o.is(&g.true_) {
            return Ok(true);
        }
        if o.is(&g.false_) || o.is(&g.none) {
            return Ok(false);
        }
        if o.type_is(&g.int) {
            return Ok(!o.downcast::<Int>().expect("int").is_zero());
        }
        if o.type_is(&g.list) {
            return Ok(!o
                .downcast::<crate::objects::list::List>()
                .expect("list")
                .is_empty());
        }
        if o.type_is(&g.str_) {
            return Ok(!crate::objects::str::as_str(o).is_empty());
        }
        if o.type_is(&g.dict) {
            return Ok(!o.downcast::<Dict>().expect("dict").is_empty());
        }
        if o.type_is(&g.tuple) {
            let t = o.downcast::<crate::objects::tuple::Tuple>().expect("tuple");
            return Ok(!t.items().is_empty());
        }
        if o.type_is(&g.float) {
            return Ok(o
                .downcast::<crate::objects::float::Float>()
                .expect("float")
                .0
                != 0.0);
        }
        let ty = o.type_obj_ref();
        if let Some(b) = lookup(ty, "__bool__") {
            let r = self.call_descr(&b, o, &[])?;
            if r.type_is(&g.bool_) {
                return Ok(r.is(&g.true_));
            }
            return Err(self.type_error(format!(
                "__bool__ should return bool, returned {}",
                r.ty().name
            )));
        }
        if let Some(l) = lookup(ty, "__len__") {
            let r = self.call_descr(&l, o, &[])?;
            return Ok(self.len_result(&r)? != 0);
        }
        Ok(true)
    }

    fn len_result(&self, r: &PyRef) -> PyResult<usize> {
        let Some(i) = r.downcast::<Int>() else {
            return Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                r.ty().name
            )));
        };
        match i.to_i64() {
            Some(n) if n >= 0 => Ok(n as usize),
            Some(_) => Err(self.value_error("__len__() should return >= 0")),
            None => Err(self.overflow_error("cannot fit 'int' into an index-sized integer")),
        }
    }

    pub fn repr(&self, o: &PyRef) -> PyResult {
        let _g = self.enter_recursion(" while getting the repr of an object")?;
        let r = match self.call_special(o, "__repr__", &[])? {
            Some(r) => r,
            None => return Err(self.type_error("object has no __repr__")),
        };
        if r.downcast::<Str>().is_none() {
            return Err(self.type_error(format!(
                "__repr__ returned non-string (type {})",
                r.ty().name
            )));
        }
        Ok(r)
    }

    pub fn repr_string(&self, o: &PyRef) -> PyResult<String> {
        Ok(crate::objects::str::as_str(&self.repr(o)?).to_string())
    }

    pub fn str(&self, o: &PyRef) -> PyResult {
        if o.type_is(&self.g.str_) {
            return Ok(o.clone());
        }
        let _g = self.enter_recursion(" while getting the str of an object")?;
        let r = match self.call_special(o, "__str__", &[])? {
            Some(r) => r,
            None => return self.repr(o),
        };
        if r.downcast::<Str>().is_none() {
            return Err(self.type_error(format!(
                "__str__ returned non-string (type {})",
                r.ty().name
            )));
        }
        Ok(r)
    }

    pub fn str_string(&self, o: &PyRef) -> PyResult<String> {
        Ok(crate::objects::str::as_str(&self.str(o)?).to_string())
    }

    // ---- iteration -------------------------------------------------------------

    pub fn iter(&self, o: &PyRef) -> PyResult {
        use crate::objects::iterators as it;
        // The builtin iterables' own `__iter__`, without looking it up
        // (builtin types never change).
        let g = self.g;
        if o.type_is(&g.list) {
            return Ok(it::new_list_iter(self, o.clone()));
        }
        if o.type_is(&g.tuple) {
            return Ok(it::new_tuple_iter(self, o.clone()));
        }
        if o.type_is(&g.range) {
            return Ok(crate::objects::range::iter_of(self, o));
        }
        if o.type_is(&g.dict) {
            return Ok(it::new_dict_iter(
                self,
                o.clone(),
                it::DictPart::Keys,
                false,
            ));
        }
        if o.type_is(&g.str_) {
            return Ok(it::new_str_iter(self, o.clone()));
        }
        if o.type_is(&g.set) || o.type_is(&g.frozenset) {
            return Ok(it::new_set_iter(self, o.clone()));
        }
        let ty = o.type_obj_ref();
        if let Some(f) = lookup(ty, "__iter__") {
            if self.is_none(&f) {
                return Err(self.type_error(format!("'{}' object is not iterable", o.ty().name)));
            }
            let it = self.call_descr(&f, o, &[])?;
            if lookup(it.type_obj_ref(), "__next__").is_none() {
                return Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    it.ty().name
                )));
            }
            return Ok(it);
        }
        if lookup(ty, "__getitem__").is_some() {
            return Ok(crate::objects::iterators::new_seq_iter(self, o.clone()));
        }
        Err(self.type_error(format!("'{}' object is not iterable", o.ty().name)))
    }

    /// One step of an iterator: `Ok(None)` when exhausted.
    pub fn next(&self, it: &PyRef) -> PyResult<Option<PyRef>> {
        if let Some(r) = crate::objects::iterators::fast_next(self, it) {
            // A StopIteration raised inside a builtin iterator (by the
            // function `map` calls, say) ends the iteration, as CPython's
            // consumers treat it.
            return match r {
                Err(e) if self.err_matches(&e, "StopIteration") => Ok(None),
                r => r,
            };
        }
        let Some(f) = lookup(it.type_obj_ref(), "__next__") else {
            return Err(self.type_error(format!("'{}' object is not an iterator", it.ty().name)));
        };
        match self.call_descr(&f, it, &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, "StopIteration") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Collects an iterable.
    pub fn to_vec(&self, o: &PyRef) -> PyResult<Vec<PyRef>> {
        if o.type_is(&self.g.list) {
            return Ok(o
                .downcast::<crate::objects::list::List>()
                .expect("list")
                .to_vec());
        }
        if o.type_is(&self.g.tuple) {
            return Ok(o
                .downcast::<crate::objects::tuple::Tuple>()
                .expect("tuple")
                .items()
                .to_vec());
        }
        let it = self.iter(o)?;
        let mut v = Vec::new();
        while let Some(x) = self.next(&it)? {
            crate::memory::push_or_raise(self, &mut v, x)?;
        }
        Ok(v)
    }

    // ---- sequences and mappings ----------------------------------------------

    pub fn len(&self, o: &PyRef) -> PyResult<usize> {
        if let Some(l) = o.downcast::<crate::objects::list::List>() {
            return Ok(l.len());
        }
        let g = self.g;
        if o.type_is(&g.tuple) {
            return Ok(o
                .downcast::<crate::objects::tuple::Tuple>()
                .expect("tuple")
                .len());
        }
        if o.type_is(&g.dict) {
            return Ok(o.downcast::<Dict>().expect("dict").len());
        }
        if o.type_is(&g.set) || o.type_is(&g.frozenset) {
            return Ok(o.downcast::<crate::objects::set::Set>().expect("set").len());
        }
        match self.call_special(o, "__len__", &[])? {
            Some(r) => self.len_result(&r),
            None => Err(self.type_error(format!("object of type '{}' has no len()", o.ty().name))),
        }
    }

    pub fn getitem(&self, o: &PyRef, key: &PyRef) -> PyResult {
        if let Some(r) = crate::objects::list::fast_getitem(self, o, key) {
            return r;
        }
        self.getitem_general(o, key)
    }

    /// `o[key]` through `__getitem__` or `__class_getitem__` (for callers
    /// that already tried `fast_getitem`).
    pub(crate) fn getitem_general(&self, o: &PyRef, key: &PyRef) -> PyResult {
        if let Some(f) = lookup(o.type_obj_ref(), "__getitem__") {
            return self.call_descr(&f, o, &[key.clone()]);
        }
        if o.downcast::<TypeData>().is_some() {
            if o.is(&self.g.type_) {
                return crate::objects::typeobject::generic_alias(self, o, key);
            }
            if let Some(f) = self.getattr_opt(o, &self.intern("__class_getitem__"))? {
                return self.call1(&f, key.clone());
            }
            return Err(self.type_error(format!(
                "type '{}' is not subscriptable",
                o.downcast::<TypeData>().expect("type").name
            )));
        }
        Err(self.type_error(format!("'{}' object is not subscriptable", o.ty().name)))
    }

    pub fn setitem(&self, o: &PyRef, key: &PyRef, value: PyRef) -> PyResult<()> {
        let value = match crate::objects::list::fast_setitem(self, o, key, value) {
            Ok(r) => return r,
            Err(value) => value,
        };
        match lookup(o.type_obj_ref(), "__setitem__") {
            Some(f) => {
                self.call_descr(&f, o, &[key.clone(), value])?;
                Ok(())
            }
            None => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                o.ty().name
            ))),
        }
    }

    pub fn delitem(&self, o: &PyRef, key: &PyRef) -> PyResult<()> {
        match lookup(o.type_obj_ref(), "__delitem__") {
            Some(f) => {
                self.call_descr(&f, o, &[key.clone()])?;
                Ok(())
            }
            None => Err(self.type_error(format!(
                "'{}' object doesn't support item deletion",
                o.ty().name
            ))),
        }
    }

    pub fn contains(&self, container: &PyRef, item: &PyRef) -> PyResult<bool> {
        let g = self.g;
        if container.type_is(&g.dict) {
            return container
                .downcast::<Dict>()
                .expect("dict")
                .contains(self, item);
        }
        if container.type_is(&g.set) || container.type_is(&g.frozenset) {
            return crate::objects::set::contains(self, container, item);
        }
        if let Some(f) = lookup(container.type_obj_ref(), "__contains__") {
            let r = self.call_descr(&f, container, &[item.clone()])?;
            return self.truthy(&r);
        }
        let it = match self.iter(container) {
            Ok(it) => it,
            Err(e) if self.err_matches(&e, "TypeError") => {
                return Err(self.type_error(format!(
                    "argument of type '{}' is not iterable",
                    container.ty().name
                )));
            }
            Err(e) => return Err(e),
        };
        while let Some(x) = self.next(&it)? {
            if self.eq_bool(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `operator.index(o)`.
    pub fn index(&self, o: &PyRef) -> PyResult<PyRef> {
        if o.downcast::<Int>().is_some() {
            return Ok(o.clone());
        }
        match self.call_special(o, "__index__", &[])? {
            Some(r) if r.downcast::<Int>().is_some() => Ok(r),
            Some(r) => {
                Err(self.type_error(format!("__index__ returned non-int (type {})", r.ty().name)))
            }
            None => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                o.ty().name
            ))),
        }
    }

    pub fn index_bigint(&self, o: &PyRef) -> PyResult<BigInt> {
        Ok(self.index(o)?.downcast::<Int>().expect("int").to_bigint())
    }

    /// An index-sized integer (`Py_ssize_t`), raising OverflowError or
    /// IndexError (`err` names the exception) when out of range.
    pub fn index_isize(&self, o: &PyRef, err: Option<&str>) -> PyResult<isize> {
        let i = self.index(o)?;
        let iv = i.downcast::<Int>().expect("int");
        match iv.to_i64() {
            Some(v) => Ok(v as isize),
            None => Err(match err {
                Some(kind) => self.new_exc(
                    kind,
                    format!("cannot fit '{}' into an index-sized integer", o.ty().name),
                ),
                None => self.overflow_error("Python int too large to convert to C ssize_t"),
            }),
        }
    }
}

impl PyRef {
    /// The object's type as a borrowed `PyRef`.
    #[inline]
    pub fn type_obj_ref(&self) -> &PyRef {
        // SAFETY: `PyRef` is a transparent wrapper around a non-null pointer,
        // and the header's `ob_type` cell holds exactly such a pointer to a
        // live type (object/mod.rs invariant 1).
        unsafe { &*(self.header().ob_type.as_ptr() as *const PyRef) }
    }
}
