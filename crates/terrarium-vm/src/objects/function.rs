//! Functions defined in Python, bound methods, `classmethod`,
//! `staticmethod`, `property` and closure cells.

use std::cell::RefCell;

use crate::error::PyResult;
use crate::globals::Globals;
use crate::object::{Payload, PyRef, alloc};
use crate::objects::code::Code;
use crate::objects::dict::Dict;
use crate::objects::native::{Args, MethodDescr, NativeFunction};
use crate::objects::str::{Str, as_str};
use crate::objects::tuple::Tuple;
use crate::objects::{add_getset, add_method, add_static};
use crate::vm::Vm;

pub struct Function {
    pub code: PyRef,
    pub globals: PyRef,
    pub builtins: PyRef,
    pub name: RefCell<PyRef>,
    pub qualname: RefCell<PyRef>,
    pub defaults: RefCell<Option<PyRef>>,
    pub kwdefaults: RefCell<Option<PyRef>>,
    pub closure: Option<PyRef>,
    pub doc: RefCell<PyRef>,
    pub dict: RefCell<Option<PyRef>>,
    pub annotations: RefCell<Option<PyRef>>,
    pub module: RefCell<PyRef>,
}

impl Function {
    pub fn dict(&self) -> PyRef {
        let mut d = self.dict.borrow_mut();
        if d.is_none() {
            *d = Some(alloc(&crate::globals::globals().dict, Dict::new()));
        }
        d.clone().expect("set")
    }
}

impl Payload for Function {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.code);
        visit(&self.globals);
        visit(&self.builtins);
        for c in [&self.name, &self.qualname, &self.doc, &self.module] {
            visit(&c.borrow());
        }
        for c in [
            &self.defaults,
            &self.kwdefaults,
            &self.dict,
            &self.annotations,
        ] {
            if let Some(x) = c.borrow().as_ref() {
                visit(x);
            }
        }
        if let Some(c) = &self.closure {
            visit(c);
        }
    }
    fn clear(&self) {
        for c in [
            &self.defaults,
            &self.kwdefaults,
            &self.dict,
            &self.annotations,
        ] {
            let x = c.borrow_mut().take();
            drop(x);
        }
    }
}

pub struct BoundMethod {
    pub func: PyRef,
    pub zelf: PyRef,
}

impl Payload for BoundMethod {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.func);
        visit(&self.zelf);
    }
}

pub fn new_bound_method(vm: &Vm, func: PyRef, zelf: PyRef) -> PyRef {
    alloc(&vm.g.method, BoundMethod { func, zelf })
}

pub fn bind_native(vm: &Vm, m: &MethodDescr, zelf: PyRef) -> PyRef {
    alloc(
        &vm.g.builtin_function,
        NativeFunction {
            name: m.name,
            func: m.func,
            zelf: Some(zelf),
            module: None,
            doc: m.doc,
            new_of: None,
            arity: m.arity,
            sig: m.sig,
        },
    )
}

/// Payload of both `classmethod` and `staticmethod`.
pub struct ClassMethod {
    callable: RefCell<PyRef>,
    dict: RefCell<Option<PyRef>>,
}

impl ClassMethod {
    pub fn new(f: PyRef) -> ClassMethod {
        ClassMethod {
            callable: RefCell::new(f),
            dict: RefCell::new(None),
        }
    }
    pub fn callable(&self) -> PyRef {
        self.callable.borrow().clone()
    }
}

impl Payload for ClassMethod {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.callable.borrow());
        if let Some(d) = self.dict.borrow().as_ref() {
            visit(d);
        }
    }
}

pub struct Property {
    pub fget: RefCell<Option<PyRef>>,
    pub fset: RefCell<Option<PyRef>>,
    pub fdel: RefCell<Option<PyRef>>,
    pub doc: RefCell<Option<PyRef>>,
    pub name: RefCell<Option<PyRef>>,
}

impl Payload for Property {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        for c in [&self.fget, &self.fset, &self.fdel, &self.doc, &self.name] {
            if let Some(x) = c.borrow().as_ref() {
                visit(x);
            }
        }
    }
    fn clear(&self) {
        for c in [&self.fget, &self.fset, &self.fdel, &self.doc] {
            let x = c.borrow_mut().take();
            drop(x);
        }
    }
}

fn property_name(vm: &Vm, p: &Property) -> String {
    match p.name.borrow().as_ref() {
        Some(n) => vm.repr_string(n).unwrap_or_default(),
        None => String::new(),
    }
}

pub fn property_get(vm: &Vm, p: &Property, obj: &PyRef) -> PyResult {
    let f = p.fget.borrow().clone();
    match f {
        Some(f) => vm.call1(&f, obj.clone()),
        None => Err(vm.new_exc(
            "AttributeError",
            match p.name.borrow().as_ref() {
                Some(_) => format!(
                    "property {} of '{}' object has no getter",
                    property_name(vm, p),
                    obj.ty().name
                ),
                None => "unreadable attribute".to_string(),
            },
        )),
    }
}

pub fn property_set(vm: &Vm, p: &Property, obj: &PyRef, value: Option<PyRef>) -> PyResult<()> {
    let (f, what) = match &value {
        Some(_) => (p.fset.borrow().clone(), "setter"),
        None => (p.fdel.borrow().clone(), "deleter"),
    };
    match f {
        Some(f) => {
            let mut args = vec![obj.clone()];
            args.extend(value);
            vm.call(&f, &args, &[])?;
            Ok(())
        }
        None => Err(vm.new_exc(
            "AttributeError",
            match p.name.borrow().as_ref() {
                Some(_) => format!(
                    "property {} of '{}' object has no {what}",
                    property_name(vm, p),
                    obj.ty().name
                ),
                None => format!("property of '{}' object has no {what}", obj.ty().name),
            },
        )),
    }
}

pub struct CellObj {
    value: RefCell<Option<PyRef>>,
}

impl CellObj {
    pub fn new(v: Option<PyRef>) -> CellObj {
        CellObj {
            value: RefCell::new(v),
        }
    }
    pub fn get(&self) -> Option<PyRef> {
        self.value.borrow().clone()
    }
    pub fn set(&self, v: Option<PyRef>) {
        let old = self.value.replace(v);
        drop(old);
    }
}

impl Payload for CellObj {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(v) = self.value.borrow().as_ref() {
            visit(v);
        }
    }
    fn clear(&self) {
        self.set(None);
    }
}

// ---- function attributes ------------------------------------------------------------

fn func(o: &PyRef) -> &Function {
    o.downcast::<Function>().expect("function")
}

fn function_repr(vm: &Vm, a: Args) -> PyResult {
    let f = func(a.zelf());
    Ok(vm.new_str(format!(
        "<function {} at {:#x}>",
        as_str(&f.qualname.borrow()),
        a.zelf().id()
    )))
}

fn function_get(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "__get__", 1, 1, 2)?;
    if vm.is_none(&pos[0]) {
        return Ok(a.zelf().clone());
    }
    Ok(new_bound_method(vm, a.zelf().clone(), pos[0].clone()))
}

fn function_call(vm: &Vm, a: Args) -> PyResult {
    vm.call(a.zelf(), &a.args[1..], a.kwnames)
}

fn opt_or_none(vm: &Vm, c: &RefCell<Option<PyRef>>) -> PyRef {
    c.borrow().clone().unwrap_or_else(|| vm.none())
}

fn set_opt(vm: &Vm, c: &RefCell<Option<PyRef>>, v: Option<PyRef>) {
    let v = v.filter(|x| !vm.is_none(x));
    let old = c.replace(v);
    drop(old);
}

fn str_setter(vm: &Vm, c: &RefCell<PyRef>, v: Option<PyRef>, what: &str) -> PyResult<()> {
    match v {
        Some(s) if s.downcast::<Str>().is_some() => {
            let old = c.replace(s);
            drop(old);
            Ok(())
        }
        _ => Err(vm.type_error(format!("{what} must be set to a string object"))),
    }
}

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`.
fn function_new(vm: &Vm, a: Args) -> PyResult {
    let [code, globals, name, argdefs, closure] = a.bind(
        vm,
        "function",
        ["code", "globals", "name", "argdefs", "closure"],
        1,
        2,
        0,
    )?;
    let (code, globals) = (code.expect("required"), globals.expect("required"));
    let Some(c) = code.downcast::<Code>() else {
        return Err(vm.type_error(format!(
            "function() argument 'code' must be code, not {}",
            code.ty().name
        )));
    };
    let Some(gd) = globals.downcast::<Dict>() else {
        return Err(vm.type_error(format!(
            "function() argument 'globals' must be dict, not {}",
            globals.ty().name
        )));
    };
    let name = match name.filter(|n| !vm.is_none(n)) {
        Some(n) if n.type_is(&vm.g.str_) => n,
        Some(_) => return Err(vm.type_error("arg 3 (name) must be None or string")),
        None => c.name.clone(),
    };
    let defaults = match argdefs.filter(|d| !vm.is_none(d)) {
        Some(d) if d.downcast::<Tuple>().is_some() => Some(d),
        Some(_) => return Err(vm.type_error("arg 4 (defaults) must be None or tuple")),
        None => None,
    };
    let closure = closure.filter(|c| !vm.is_none(c));
    let ncells = closure
        .as_ref()
        .and_then(|t| t.downcast::<Tuple>())
        .map(|t| t.items().len());
    if closure.is_some() && ncells.is_none() {
        return Err(vm.type_error("arg 5 (closure) must be tuple"));
    }
    let nfree = c.freevars.len();
    if nfree > 0 && ncells.is_none() {
        return Err(vm.type_error("arg 5 (closure) must be tuple"));
    }
    if ncells.unwrap_or(0) != nfree {
        return Err(vm.value_error(format!(
            "{} requires closure of length {nfree}, not {}",
            as_str(&c.name),
            ncells.unwrap_or(0)
        )));
    }
    let cells = closure.as_ref().and_then(|t| t.downcast::<Tuple>());
    if let Some(bad) = cells.and_then(|t| t.items().iter().find(|o| !o.type_is(&vm.g.cell))) {
        return Err(vm.type_error(format!(
            "arg 5 (closure) expected cell, found {}",
            bad.ty().name
        )));
    }
    let builtins = match gd.get_str("__builtins__", crate::hashing::hash_str("__builtins__")) {
        Some(b) => match b.downcast::<crate::objects::module::Module>() {
            Some(m) => m.dict.clone(),
            None => b,
        },
        None => vm.builtins_dict.clone(),
    };
    let module = gd
        .get_str("__name__", crate::hashing::hash_str("__name__"))
        .unwrap_or_else(|| vm.none());
    let doc = c
        .consts
        .first()
        .filter(|d| d.type_is(&vm.g.str_))
        .cloned()
        .unwrap_or_else(|| vm.none());
    Ok(alloc(
        &vm.g.function,
        Function {
            name: RefCell::new(name),
            qualname: RefCell::new(c.qualname.clone()),
            code: code.clone(),
            globals: globals.clone(),
            builtins,
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(None),
            closure,
            doc: RefCell::new(doc),
            dict: RefCell::new(None),
            annotations: RefCell::new(None),
            module: RefCell::new(module),
        },
    ))
}

pub fn fill(g: &Globals) {
    let f = &g.function;
    add_static(
        g,
        f,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        function_new,
    );
    add_method(g, f, "__repr__", signature!("($self, /)"), function_repr);
    add_method(
        g,
        f,
        "__get__",
        signature!("($self, instance, owner=None, /)"),
        function_get,
    );
    add_method(
        g,
        f,
        "__call__",
        signature!("($self, /, *args, **kwargs)"),
        function_call,
    );
    add_getset(g, f, "__code__", |_vm, o| Ok(func(o).code.clone()), None);
    add_getset(
        g,
        f,
        "__globals__",
        |_vm, o| Ok(func(o).globals.clone()),
        None,
    );
    add_getset(
        g,
        f,
        "__builtins__",
        |_vm, o| Ok(func(o).builtins.clone()),
        None,
    );
    add_getset(
        g,
        f,
        "__name__",
        |_vm, o| Ok(func(o).name.borrow().clone()),
        Some(|vm, o, v| str_setter(vm, &func(o).name, v, "__name__")),
    );
    add_getset(
        g,
        f,
        "__qualname__",
        |_vm, o| Ok(func(o).qualname.borrow().clone()),
        Some(|vm, o, v| str_setter(vm, &func(o).qualname, v, "__qualname__")),
    );
    add_getset(
        g,
        f,
        "__defaults__",
        |vm, o| Ok(opt_or_none(vm, &func(o).defaults)),
        Some(|vm, o, v| {
            if let Some(x) = &v {
                if !vm.is_none(x) && x.downcast::<crate::objects::tuple::Tuple>().is_none() {
                    return Err(vm.type_error("__defaults__ must be set to a tuple object"));
                }
            }
            set_opt(vm, &func(o).defaults, v);
            Ok(())
        }),
    );
    add_getset(
        g,
        f,
        "__kwdefaults__",
        |vm, o| Ok(opt_or_none(vm, &func(o).kwdefaults)),
        Some(|vm, o, v| {
            set_opt(vm, &func(o).kwdefaults, v);
            Ok(())
        }),
    );
    add_getset(
        g,
        f,
        "__closure__",
        |vm, o| Ok(func(o).closure.clone().unwrap_or_else(|| vm.none())),
        None,
    );
    add_getset(
        g,
        f,
        "__doc__",
        |_vm, o| Ok(func(o).doc.borrow().clone()),
        Some(|vm, o, v| {
            let old = func(o).doc.replace(v.unwrap_or_else(|| vm.none()));
            drop(old);
            Ok(())
        }),
    );
    add_getset(
        g,
        f,
        "__module__",
        |_vm, o| Ok(func(o).module.borrow().clone()),
        Some(|vm, o, v| {
            let old = func(o).module.replace(v.unwrap_or_else(|| vm.none()));
            drop(old);
            Ok(())
        }),
    );
    add_getset(g, f, "__dict__", |_vm, o| Ok(func(o).dict()), None);
    add_getset(
        g,
        f,
        "__annotations__",
        |vm, o| {
            let fo = func(o);
            let cur = fo.annotations.borrow().clone();
            match cur {
                Some(a) => Ok(a),
                None => {
                    let d = vm.new_dict();
                    *fo.annotations.borrow_mut() = Some(d.clone());
                    Ok(d)
                }
            }
        },
        Some(|vm, o, v| {
            set_opt(vm, &func(o).annotations, v);
            Ok(())
        }),
    );

    let m = &g.method;
    add_method(g, m, "__repr__", signature!("($self, /)"), |vm, a| {
        let m = a.zelf().downcast::<BoundMethod>().expect("method");
        let name = vm
            .getattr_opt(&m.func, &vm.intern("__qualname__"))?
            .or(vm.getattr_opt(&m.func, &vm.intern("__name__"))?)
            .map(|n| vm.str_string(&n))
            .transpose()?
            .unwrap_or_else(|| "?".into());
        Ok(vm.new_str(format!(
            "<bound method {} of {}>",
            name,
            vm.repr_string(&m.zelf)?
        )))
    });
    add_method(
        g,
        m,
        "__call__",
        signature!("($self, /, *args, **kwargs)"),
        |vm, a| vm.call(a.zelf(), &a.args[1..], a.kwnames),
    );
    add_method(g, m, "__eq__", signature!("($self, value, /)"), |vm, a| {
        let x = a.args[0].downcast::<BoundMethod>().expect("method");
        Ok(match a.args[1].downcast::<BoundMethod>() {
            Some(y) if a.args[1].type_is(&vm.g.method) => {
                vm.bool(x.zelf.is(&y.zelf) && vm.eq_bool(&x.func, &y.func)?)
            }
            _ => vm.g.not_implemented.clone(),
        })
    });
    add_method(g, m, "__hash__", signature!("($self, /)"), |vm, a| {
        let x = a.zelf().downcast::<BoundMethod>().expect("method");
        Ok(vm.new_int(crate::objects::object::pointer_hash(&x.zelf) ^ vm.hash(&x.func)?))
    });
    add_method(
        g,
        m,
        "__getattribute__",
        signature!("($self, name, /)"),
        |vm, a| {
            let x = a.zelf().downcast::<BoundMethod>().expect("method");
            let name = &a.args[1];
            if let Some(v) = vm.generic_getattr(a.zelf(), name)? {
                return Ok(v);
            }
            vm.getattr(&x.func, name)
        },
    );
    crate::objects::typeobject::mark_custom_getattribute(m);
    add_getset(
        g,
        m,
        "__func__",
        |_vm, o| Ok(o.downcast::<BoundMethod>().expect("method").func.clone()),
        None,
    );
    add_getset(
        g,
        m,
        "__self__",
        |_vm, o| Ok(o.downcast::<BoundMethod>().expect("method").zelf.clone()),
        None,
    );

    for (t, name) in [
        (&g.classmethod, "classmethod"),
        (&g.staticmethod, "staticmethod"),
    ] {
        add_static(
            g,
            t,
            "__new__",
            signature!("($type, *args, **kwargs)"),
            |vm, a| {
                let cls = &a.args[0];
                let f = a.args.get(1).cloned().unwrap_or_else(|| vm.none());
                Ok(alloc(cls, ClassMethod::new(f)))
            },
        );
        add_method(
            g,
            t,
            "__init__",
            signature!("($self, /, *args, **kwargs)"),
            |vm, a| {
                let pos = a.check_pos(vm, "__init__", 1, 1, 1)?;
                let cm = a.zelf().downcast::<ClassMethod>().expect("cm");
                let old = cm.callable.replace(pos[0].clone());
                drop(old);
                Ok(vm.none())
            },
        );
        add_getset(
            g,
            t,
            "__func__",
            |_vm, o| Ok(o.downcast::<ClassMethod>().expect("cm").callable()),
            None,
        );
        add_getset(
            g,
            t,
            "__wrapped__",
            |_vm, o| Ok(o.downcast::<ClassMethod>().expect("cm").callable()),
            None,
        );
        add_getset(
            g,
            t,
            "__isabstractmethod__",
            |vm, o| {
                let f = o.downcast::<ClassMethod>().expect("cm").callable();
                match vm.getattr_opt(&f, &vm.intern("__isabstractmethod__"))? {
                    Some(v) => Ok(v),
                    None => Ok(vm.bool(false)),
                }
            },
            None,
        );
        add_getset(
            g,
            t,
            "__dict__",
            |vm, o| {
                let cm = o.downcast::<ClassMethod>().expect("cm");
                let mut d = cm.dict.borrow_mut();
                if d.is_none() {
                    *d = Some(vm.new_dict());
                }
                Ok(d.clone().expect("set"))
            },
            None,
        );
        add_method(
            g,
            t,
            "__get__",
            signature!("($self, instance, owner=None, /)"),
            if name == "classmethod" {
                |vm: &Vm, a: Args| {
                    let cm = a.zelf().downcast::<ClassMethod>().expect("cm");
                    let owner = match a.args.get(2) {
                        Some(o) if !vm.is_none(o) => o.clone(),
                        _ => a.args[1].class(),
                    };
                    Ok(new_bound_method(vm, cm.callable(), owner))
                }
            } else {
                |_vm: &Vm, a: Args| Ok(a.zelf().downcast::<ClassMethod>().expect("cm").callable())
            },
        );
    }
    add_method(
        g,
        &g.staticmethod,
        "__call__",
        signature!("($self, /, *args, **kwargs)"),
        |vm, a| {
            let f = a.zelf().downcast::<ClassMethod>().expect("sm").callable();
            vm.call(&f, &a.args[1..], a.kwnames)
        },
    );

    let p = &g.property;
    add_static(
        g,
        p,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        |vm, a| {
            let _ = vm;
            Ok(alloc(
                &a.args[0],
                Property {
                    fget: RefCell::new(None),
                    fset: RefCell::new(None),
                    fdel: RefCell::new(None),
                    doc: RefCell::new(None),
                    name: RefCell::new(None),
                },
            ))
        },
    );
    add_method(
        g,
        p,
        "__init__",
        signature!("($self, /, *args, **kwargs)"),
        |vm, a| {
            let [fget, fset, fdel, doc] =
                a.bind(vm, "property", ["fget", "fset", "fdel", "doc"], 1, 0, 0)?;
            let p = a.zelf().downcast::<Property>().expect("property");
            let doc = match doc.filter(|d| !vm.is_none(d)) {
                Some(d) => Some(d),
                None => match fget.as_ref().filter(|f| !vm.is_none(f)) {
                    Some(f) => vm
                        .getattr_opt(f, &vm.intern("__doc__"))?
                        .filter(|d| !vm.is_none(d)),
                    None => None,
                },
            };
            set_opt(vm, &p.fget, fget);
            set_opt(vm, &p.fset, fset);
            set_opt(vm, &p.fdel, fdel);
            set_opt(vm, &p.doc, doc);
            Ok(vm.none())
        },
    );
    add_method(
        g,
        p,
        "__get__",
        signature!("($self, instance, owner=None, /)"),
        |vm, a| {
            let p = a.zelf().downcast::<Property>().expect("property");
            if vm.is_none(&a.args[1]) {
                return Ok(a.zelf().clone());
            }
            property_get(vm, p, &a.args[1])
        },
    );
    add_method(
        g,
        p,
        "__set__",
        signature!("($self, instance, value, /)"),
        |vm, a| {
            let p = a.zelf().downcast::<Property>().expect("property");
            property_set(vm, p, &a.args[1], Some(a.args[2].clone()))?;
            Ok(vm.none())
        },
    );
    add_method(
        g,
        p,
        "__delete__",
        signature!("($self, instance, /)"),
        |vm, a| {
            let p = a.zelf().downcast::<Property>().expect("property");
            property_set(vm, p, &a.args[1], None)?;
            Ok(vm.none())
        },
    );
    add_method(
        g,
        p,
        "__set_name__",
        signature!(hidden "($self, *args, **kwargs)"),
        |vm, a| {
            let p = a.zelf().downcast::<Property>().expect("property");
            let [_owner, name] = &a.positional()[1..] else {
                return Err(vm.type_error(format!(
                    "__set_name__() takes 2 positional arguments but {} were given",
                    a.positional().len() - 1
                )));
            };
            set_opt(vm, &p.name, Some(name.clone()));
            Ok(vm.none())
        },
    );
    fn copy_with(vm: &Vm, a: Args, which: usize) -> PyResult {
        let name = ["property.getter", "property.setter", "property.deleter"][which];
        let func = a.check_pos(vm, name, 1, 1, 1)?[0].clone();
        let p = a.zelf().downcast::<Property>().expect("property");
        let mut parts = [
            p.fget.borrow().clone(),
            p.fset.borrow().clone(),
            p.fdel.borrow().clone(),
        ];
        parts[which] = Some(func);
        let none = vm.none();
        let args: Vec<PyRef> = parts
            .iter()
            .map(|x| x.clone().unwrap_or_else(|| none.clone()))
            .collect();
        let mut args = args;
        args.push(p.doc.borrow().clone().unwrap_or(none));
        let new = vm.call(&a.zelf().class(), &args, &[])?;
        if let (Some(np), Some(n)) = (new.downcast::<Property>(), p.name.borrow().clone()) {
            set_opt(vm, &np.name, Some(n));
        }
        Ok(new)
    }
    add_method(
        g,
        p,
        "getter",
        signature!(hidden "($self, object, /)"),
        |vm, a| copy_with(vm, a, 0),
    );
    add_method(
        g,
        p,
        "setter",
        signature!(hidden "($self, object, /)"),
        |vm, a| copy_with(vm, a, 1),
    );
    add_method(
        g,
        p,
        "deleter",
        signature!(hidden "($self, object, /)"),
        |vm, a| copy_with(vm, a, 2),
    );
    add_getset(
        g,
        p,
        "fget",
        |vm, o| Ok(opt_or_none(vm, &o.downcast::<Property>().expect("p").fget)),
        None,
    );
    add_getset(
        g,
        p,
        "fset",
        |vm, o| Ok(opt_or_none(vm, &o.downcast::<Property>().expect("p").fset)),
        None,
    );
    add_getset(
        g,
        p,
        "fdel",
        |vm, o| Ok(opt_or_none(vm, &o.downcast::<Property>().expect("p").fdel)),
        None,
    );
    add_getset(
        g,
        p,
        "__doc__",
        |vm, o| Ok(opt_or_none(vm, &o.downcast::<Property>().expect("p").doc)),
        Some(|vm, o, v| {
            set_opt(vm, &o.downcast::<Property>().expect("p").doc, v);
            Ok(())
        }),
    );
    add_getset(
        g,
        p,
        "__isabstractmethod__",
        |vm, o| {
            let p = o.downcast::<Property>().expect("p");
            for f in [&p.fget, &p.fset, &p.fdel] {
                if let Some(f) = f.borrow().clone() {
                    if let Some(v) = vm.getattr_opt(&f, &vm.intern("__isabstractmethod__"))? {
                        if vm.truthy(&v)? {
                            return Ok(vm.bool(true));
                        }
                    }
                }
            }
            Ok(vm.bool(false))
        },
        None,
    );

    let c = &g.cell;
    add_getset(
        g,
        c,
        "cell_contents",
        |vm, o| {
            o.downcast::<CellObj>()
                .expect("cell")
                .get()
                .ok_or_else(|| vm.value_error("Cell is empty"))
        },
        Some(|_vm, o, v| {
            o.downcast::<CellObj>().expect("cell").set(v);
            Ok(())
        }),
    );
    add_method(g, c, "__repr__", signature!("($self, /)"), |vm, a| {
        let cell = a.zelf().downcast::<CellObj>().expect("cell");
        Ok(vm.new_str(match cell.get() {
            Some(v) => format!(
                "<cell at {:#x}: {} object at {:#x}>",
                a.zelf().id(),
                v.ty().name,
                v.id()
            ),
            None => format!("<cell at {:#x}: empty>", a.zelf().id()),
        }))
    });
}
