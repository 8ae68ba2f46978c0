//! Functions and descriptors implemented in Rust: builtin functions, method
//! descriptors, getset descriptors and `__slots__` member descriptors.

use crate::error::PyResult;
use crate::object::{Payload, PyRef};
use crate::objects::signature::Signature;
use crate::vm::Vm;

/// Arguments of a call, vectorcall style: the last `kwnames.len()` values
/// of `args` are keyword arguments with those names.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub args: &'a [PyRef],
    pub kwnames: &'a [PyRef],
}

pub type NativeFn = fn(&Vm, Args) -> PyResult;
pub type Getter = fn(&Vm, &PyRef) -> PyResult;
pub type Setter = fn(&Vm, &PyRef, Option<PyRef>) -> PyResult<()>;

impl<'a> Args<'a> {
    pub fn new(args: &'a [PyRef]) -> Args<'a> {
        Args { args, kwnames: &[] }
    }

    pub fn positional(&self) -> &'a [PyRef] {
        &self.args[..self.args.len() - self.kwnames.len()]
    }

    pub fn keywords(&self) -> impl Iterator<Item = (&'a str, &'a PyRef)> + 'a {
        let n = self.args.len() - self.kwnames.len();
        let kw = self.kwnames;
        let vals = &self.args[n..];
        kw.iter().zip(vals).map(|(k, v)| (super::str::as_str(k), v))
    }

    pub fn has_keywords(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// The receiver of a method call.
    pub fn zelf(&self) -> &'a PyRef {
        &self.args[0]
    }

    /// Binds arguments to named parameters: `params[..npos]` may be given
    /// positionally (after skipping `skip` leading arguments, e.g. self),
    /// all of them by keyword unless `posonly`; `required` are mandatory.
    pub fn bind<const N: usize>(
        &self,
        vm: &Vm,
        fname: &str,
        params: [&str; N],
        skip: usize,
        required: usize,
        posonly: usize,
    ) -> PyResult<[Option<PyRef>; N]> {
        let mut out: [Option<PyRef>; N] = std::array::from_fn(|_| None);
        let pos = &self.positional()[skip.min(self.positional().len())..];
        if pos.len() > N {
            return Err(vm.type_error(if required == N {
                format!(
                    "{fname}() takes exactly {N} argument{} ({} given)",
                    plural(N),
                    pos.len()
                )
            } else {
                format!(
                    "{fname}() takes at most {N} argument{} ({} given)",
                    plural(N),
                    pos.len()
                )
            }));
        }
        for (i, v) in pos.iter().enumerate() {
            out[i] = Some(v.clone());
        }
        for (k, v) in self.keywords() {
            match params.iter().position(|p| *p == k) {
                Some(i) if i >= posonly => {
                    if out[i].is_some() {
                        return Err(vm.type_error(format!(
                            "argument for {fname}() given by name ('{k}') and position ({})",
                            i + 1
                        )));
                    }
                    out[i] = Some(v.clone());
                }
                _ => {
                    return Err(vm.type_error(format!(
                        "{fname}() got an unexpected keyword argument '{k}'"
                    )));
                }
            }
        }
        for (i, o) in out.iter().enumerate().take(required) {
            if o.is_none() {
                return Err(vm.type_error(
                    if i < pos.len().max(posonly) || self.kwnames.is_empty() {
                        if required == 1 && N == 1 {
                            format!("{fname}() takes exactly one argument (0 given)")
                        } else {
                            format!(
                                "{fname}() missing required argument '{}' (pos {})",
                                params[i],
                                i + 1
                            )
                        }
                    } else {
                        format!(
                            "{fname}() missing required argument '{}' (pos {})",
                            params[i],
                            i + 1
                        )
                    },
                ));
            }
        }
        Ok(out)
    }

    /// Checks a positional-only signature: between `min` and `max` arguments
    /// after `skip`, no keywords.
    pub fn check_pos(
        &self,
        vm: &Vm,
        fname: &str,
        skip: usize,
        min: usize,
        max: usize,
    ) -> PyResult<&'a [PyRef]> {
        if self.has_keywords() {
            return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
        }
        let pos = &self.args[skip.min(self.args.len())..];
        if pos.len() < min || pos.len() > max {
            let msg = if min == max {
                match min {
                    0 => format!("{fname}() takes no arguments ({} given)", pos.len()),
                    1 => format!("{fname}() takes exactly one argument ({} given)", pos.len()),
                    _ => format!("{fname} expected {min} arguments, got {}", pos.len()),
                }
            } else if pos.len() < min {
                format!(
                    "{fname} expected at least {min} argument{}, got {}",
                    plural(min),
                    pos.len()
                )
            } else {
                format!(
                    "{fname} expected at most {max} argument{}, got {}",
                    plural(max),
                    pos.len()
                )
            };
            return Err(vm.type_error(msg));
        }
        Ok(pos)
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// A builtin function, or a builtin method bound to its receiver.
pub struct NativeFunction {
    pub name: &'static str,
    pub func: NativeFn,
    pub zelf: Option<PyRef>,
    pub module: Option<&'static str>,
    pub doc: Option<&'static str>,
    /// For the `__new__` of a builtin type: that type. Every call is then
    /// checked as CPython's `tp_new_wrapper` checks it (`check_new_call`), so
    /// no `__new__` can build an object of the wrong layout.
    pub new_of: Option<PyRef>,
    /// A special method bound to its receiver: its slot's signature.
    pub arity: Option<SlotArity>,
    /// What every call is checked against before `func` runs.
    pub sig: &'static Signature,
}

impl Payload for NativeFunction {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(s) = &self.zelf {
            visit(s);
        }
    }
}

/// A method of a builtin type, found in the type's dict. `classmethod`
/// descriptors (same payload, other type) bind to the class instead.
pub struct MethodDescr {
    pub name: &'static str,
    pub func: NativeFn,
    pub owner: PyRef,
    pub doc: Option<&'static str>,
    /// For the special methods whose signature the slot fixes: what every
    /// call is checked against, with the slot wrapper's messages (see
    /// `SlotArity`), in place of `sig`.
    pub arity: Option<SlotArity>,
    /// What every other call is checked against before `func` runs.
    pub sig: &'static Signature,
}

impl Payload for MethodDescr {}

impl MethodDescr {
    pub fn new(
        name: &'static str,
        sig: &'static Signature,
        func: NativeFn,
        owner: PyRef,
        doc: Option<&'static str>,
    ) -> Self {
        // The call paths pass the receiver first: a method's signature must
        // say so, or every count would be off by one.
        assert!(
            sig.has_receiver(),
            "{name}: a method's signature starts with $self or $type"
        );
        MethodDescr {
            name,
            func,
            owner,
            doc,
            arity: SlotArity::of(name),
            sig,
        }
    }

    /// Calls the method with its receiver first in `args`.
    #[inline]
    pub fn call(&self, vm: &Vm, args: Args) -> PyResult {
        match self.arity {
            Some(arity) => arity.check(vm, self.name, args)?,
            None => self
                .sig
                .check(vm, self.name, &|| self.qualname(), true, args)?,
        }
        (self.func)(vm, args)
    }

    /// `type.name`, as CPython's messages name a method.
    pub fn qualname(&self) -> String {
        format!("{}.{}", owner_name(&self.owner), self.name)
    }
}

/// The signatures of CPython's slot wrappers (`typeobject.c`'s `wrap_*`
/// functions): a special method implemented natively takes exactly these
/// arguments after its receiver, never keywords, whatever its body does.
/// So a body may index the arguments its slot guarantees.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlotArity {
    /// `check_num_args`: exactly this many.
    Exactly(usize),
    /// `PyArg_UnpackTuple(args, "", min, max)`.
    Between(usize, usize),
}

impl SlotArity {
    pub fn of(name: &str) -> Option<SlotArity> {
        use SlotArity::*;
        Some(match name {
            "__repr__" | "__str__" | "__hash__" | "__iter__" | "__next__" | "__len__"
            | "__neg__" | "__pos__" | "__abs__" | "__invert__" | "__int__" | "__float__"
            | "__index__" | "__bool__" | "__await__" | "__aiter__" | "__anext__" | "__del__" => {
                Exactly(0)
            }
            "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__" | "__add__"
            | "__radd__" | "__sub__" | "__rsub__" | "__mul__" | "__rmul__" | "__mod__"
            | "__rmod__" | "__divmod__" | "__rdivmod__" | "__lshift__" | "__rlshift__"
            | "__rshift__" | "__rrshift__" | "__and__" | "__rand__" | "__xor__" | "__rxor__"
            | "__or__" | "__ror__" | "__floordiv__" | "__rfloordiv__" | "__truediv__"
            | "__rtruediv__" | "__matmul__" | "__rmatmul__" | "__iadd__" | "__isub__"
            | "__imul__" | "__imod__" | "__ilshift__" | "__irshift__" | "__iand__" | "__ixor__"
            | "__ior__" | "__ifloordiv__" | "__itruediv__" | "__imatmul__" | "__getattribute__"
            | "__getattr__" | "__delattr__" | "__getitem__" | "__contains__" | "__delitem__"
            | "__delete__" => Exactly(1),
            "__pow__" | "__rpow__" | "__ipow__" | "__get__" => Between(1, 2),
            "__setattr__" | "__setitem__" | "__set__" => Between(2, 2),
            _ => return None,
        })
    }

    /// Checks a call (`args` starts with the receiver).
    #[inline]
    pub fn check(self, vm: &Vm, name: &str, args: Args) -> PyResult<()> {
        let given = args.args.len().wrapping_sub(1);
        let fits = match self {
            SlotArity::Exactly(n) => given == n,
            SlotArity::Between(min, max) => (min..=max).contains(&given),
        };
        if fits && !args.has_keywords() {
            return Ok(());
        }
        Err(self.error(vm, name, args))
    }

    /// CPython's error for a call that `check` refused.
    #[cold]
    fn error(self, vm: &Vm, name: &str, args: Args) -> crate::error::PyErr {
        if args.has_keywords() {
            return vm.type_error(format!("wrapper {name}() takes no keyword arguments"));
        }
        let given = args.args.len().saturating_sub(1);
        let (min, max) = match self {
            SlotArity::Exactly(n) => {
                return vm.type_error(format!("expected {n} argument{}, got {given}", plural(n)));
            }
            SlotArity::Between(min, max) => (min, max),
        };
        let (qualifier, bound) = match (min == max, given < min) {
            (true, _) => ("", min),
            (false, true) => ("at least ", min),
            (false, false) => ("at most ", max),
        };
        vm.type_error(format!(
            " expected {qualifier}{bound} argument{}, got {given}",
            plural(bound)
        ))
    }
}

pub struct GetSetDescr {
    pub name: &'static str,
    pub get: Getter,
    pub set: Option<Setter>,
    pub owner: PyRef,
}

impl Payload for GetSetDescr {}

/// A `__slots__` entry of a class defined in Python.
pub struct MemberDescr {
    pub name: String,
    pub index: usize,
    pub owner: PyRef,
}

impl Payload for MemberDescr {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.owner);
    }
}

impl GetSetDescr {
    /// Getters and setters assume their owner's payload: refuse others.
    pub fn check(&self, vm: &Vm, obj: &PyRef) -> PyResult<()> {
        if obj.type_is(&self.owner)
            || crate::objects::typeobject::is_subtype(obj.type_obj_ref(), &self.owner)
        {
            return Ok(());
        }
        Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            self.name,
            self.owner
                .downcast::<crate::typeobj::TypeData>()
                .map(|t| t.name.clone())
                .unwrap_or_default(),
            obj.ty().name
        )))
    }

    pub fn get(&self, vm: &Vm, obj: &PyRef) -> PyResult {
        self.check(vm, obj)?;
        (self.get)(vm, obj)
    }
}

pub fn call_native(vm: &Vm, f: &NativeFunction, args: Args) -> PyResult {
    if let Some(owner) = &f.new_of {
        check_new_call(vm, owner, f, args)?;
    }
    match &f.zelf {
        None => {
            f.sig
                .check(vm, f.name, &|| f.name.to_string(), false, args)?;
            (f.func)(vm, args)
        }
        Some(z) => {
            let mut v = Vec::with_capacity(args.args.len() + 1);
            v.push(z.clone());
            v.extend_from_slice(args.args);
            let args = Args {
                args: &v,
                kwnames: args.kwnames,
            };
            match f.arity {
                Some(arity) => arity.check(vm, f.name, args)?,
                None => {
                    let qualname = || format!("{}.{}", receiver_type_name(z), f.name);
                    f.sig.check(vm, f.name, &qualname, false, args)?;
                }
            }
            (f.func)(vm, args)
        }
    }
}

/// `T.__new__(S, ...)` must get a type `S` that is a subtype of `T` and
/// whose nearest builtin base allocates with this very `__new__` (else its
/// instances have another layout): CPython's `tp_new_wrapper` rules and
/// messages.
fn check_new_call(vm: &Vm, owner: &PyRef, f: &NativeFunction, args: Args) -> PyResult<()> {
    use crate::objects::typeobject::{is_subtype, lookup};
    use crate::typeobj::TypeData;
    let tname = owner
        .downcast::<TypeData>()
        .map_or("?", |t| t.name.as_str());
    let Some(sub) = args.positional().first() else {
        return Err(vm.type_error(format!("{tname}.__new__(): not enough arguments")));
    };
    let Some(sub_td) = sub.downcast::<TypeData>() else {
        return Err(vm.type_error(format!(
            "{tname}.__new__(X): X is not a type object ({})",
            sub.ty().name
        )));
    };
    if !is_subtype(sub, owner) {
        return Err(vm.type_error(format!(
            "{tname}.__new__({}): {} is not a subtype of {tname}",
            sub_td.name, sub_td.name
        )));
    }
    // The nearest base (along `__base__`) whose `__new__` is a builtin one:
    // classes with a `__new__` written in Python end up calling it.
    let mut staticbase = sub.clone();
    loop {
        let own_new = lookup(&staticbase, "__new__");
        if own_new
            .as_ref()
            .is_some_and(|n| n.downcast::<NativeFunction>().is_some())
        {
            // Builtin types without a `__new__` of their own inherit their
            // base's, which cannot build their layout (CPython's NULL
            // `tp_new`).
            let safe = own_new
                .as_ref()
                .and_then(|n| n.downcast::<NativeFunction>())
                .is_some_and(|n| std::ptr::eq(n, f))
                && same_layout(&staticbase, owner);
            if safe {
                return Ok(());
            }
            break;
        }
        let Some(base) = staticbase
            .downcast::<TypeData>()
            .and_then(|t| t.base().cloned())
        else {
            return Ok(());
        };
        staticbase = base;
    }
    Err(vm.type_error(format!(
        "{tname}.__new__({}) is not safe, use {}.__new__()",
        sub_td.name,
        owner_name(&staticbase)
    )))
}

fn same_layout(a: &PyRef, b: &PyRef) -> bool {
    let id = |t: &PyRef| {
        t.downcast::<crate::typeobj::TypeData>()
            .map(|t| t.payload_id)
    };
    id(a) == id(b)
}

/// Whether `cls()` can make instances: false for the builtin types that
/// only inherit a `__new__` of another layout (iterators, generators,
/// builtin functions...), which CPython calls "cannot create 'X' instances".
pub fn instantiable(cls: &PyRef, new: &PyRef) -> bool {
    match new
        .downcast::<NativeFunction>()
        .and_then(|n| n.new_of.as_ref())
    {
        Some(owner) => same_layout(cls, owner),
        None => true,
    }
}

fn text_signature(vm: &Vm, sig: &Signature) -> PyRef {
    sig.text_signature()
        .map_or_else(|| vm.none(), |t| vm.new_str(t))
}

fn native_of(o: &PyRef) -> &NativeFunction {
    o.downcast::<NativeFunction>().expect("builtin function")
}

fn descr_of(o: &PyRef) -> &MethodDescr {
    o.downcast::<MethodDescr>().expect("method descriptor")
}

/// The type a bound builtin method names in messages: the receiver's, or
/// the receiver itself when it is a class (CPython's `meth_get__qualname__`).
fn receiver_type_name(z: &PyRef) -> String {
    match z.downcast::<crate::typeobj::TypeData>() {
        Some(t) => t.name.clone(),
        None => z.ty().name.clone(),
    }
}

fn owner_name(t: &PyRef) -> String {
    t.downcast::<crate::typeobj::TypeData>()
        .map(|t| t.name.clone())
        .unwrap_or_default()
}

pub fn fill(g: &crate::globals::Globals) {
    use crate::objects::{add_getset, add_method};
    let f = &g.builtin_function;
    add_method(g, f, "__repr__", signature!("($self, /)"), |vm, a| {
        let n = native_of(a.zelf());
        Ok(vm.new_str(match &n.zelf {
            Some(z) if z.downcast::<crate::objects::module::Module>().is_none() => format!(
                "<built-in method {} of {} object at {:#x}>",
                n.name,
                z.ty().name,
                z.id()
            ),
            _ => format!("<built-in function {}>", n.name),
        }))
    });
    add_method(
        g,
        f,
        "__call__",
        signature!("($self, /, *args, **kwargs)"),
        |vm, a| vm.call(a.zelf(), &a.args[1..], a.kwnames),
    );
    add_getset(
        g,
        f,
        "__name__",
        |vm, o| Ok(vm.new_str(native_of(o).name)),
        None,
    );
    add_getset(
        g,
        f,
        "__qualname__",
        |vm, o| {
            let n = native_of(o);
            Ok(vm.new_str(match &n.zelf {
                Some(z) if z.downcast::<crate::objects::module::Module>().is_none() => {
                    let t = if z.downcast::<crate::typeobj::TypeData>().is_some() {
                        owner_name(z)
                    } else {
                        z.ty().name.clone()
                    };
                    format!("{t}.{}", n.name)
                }
                // A builtin type's `__new__`, which CPython binds to the type.
                _ => match &n.new_of {
                    Some(owner) => format!("{}.{}", owner_name(owner), n.name),
                    None => n.name.to_string(),
                },
            }))
        },
        None,
    );
    add_getset(
        g,
        f,
        "__self__",
        |vm, o| {
            let f = native_of(o);
            if let Some(z) = &f.zelf {
                return Ok(z.clone());
            }
            // A module's function has the module as `__self__`.
            let modules = vm.modules.downcast::<crate::objects::dict::Dict>();
            Ok(f.module
                .and_then(|m| modules.and_then(|d| d.get_str(m, crate::hashing::hash_str(m))))
                .unwrap_or_else(|| vm.none()))
        },
        None,
    );
    add_getset(
        g,
        f,
        "__module__",
        |vm, o| {
            Ok(native_of(o)
                .module
                .map(|m| vm.new_str(m))
                .unwrap_or_else(|| vm.none()))
        },
        None,
    );
    add_getset(
        g,
        f,
        "__doc__",
        |vm, o| {
            Ok(native_of(o)
                .doc
                .map(|d| vm.new_str(d))
                .unwrap_or_else(|| vm.none()))
        },
        None,
    );
    add_getset(
        g,
        f,
        "__text_signature__",
        |vm, o| Ok(text_signature(vm, native_of(o).sig)),
        None,
    );
    add_method(g, f, "__eq__", signature!("($self, value, /)"), |vm, a| {
        let x = native_of(&a.args[0]);
        Ok(match a.args[1].downcast::<NativeFunction>() {
            Some(y) => vm.bool(
                x.name == y.name
                    && std::ptr::fn_addr_eq(x.func, y.func)
                    && match (&x.zelf, &y.zelf) {
                        (Some(p), Some(q)) => p.is(q),
                        (None, None) => true,
                        _ => false,
                    },
            ),
            None => vm.g.not_implemented.clone(),
        })
    });
    add_method(g, f, "__hash__", signature!("($self, /)"), |vm, a| {
        let n = native_of(a.zelf());
        let base = n
            .zelf
            .as_ref()
            .map(crate::objects::object::pointer_hash)
            .unwrap_or(0);
        Ok(vm.new_int(base ^ (n.func as usize as i64)))
    });

    for t in [&g.method_descriptor, &g.classmethod_descriptor] {
        add_method(g, t, "__repr__", signature!("($self, /)"), |vm, a| {
            let d = descr_of(a.zelf());
            Ok(vm.new_str(format!(
                "<method '{}' of '{}' objects>",
                d.name,
                owner_name(&d.owner)
            )))
        });
        add_getset(
            g,
            t,
            "__name__",
            |vm, o| Ok(vm.new_str(descr_of(o).name)),
            None,
        );
        add_getset(
            g,
            t,
            "__qualname__",
            |vm, o| {
                let d = descr_of(o);
                Ok(vm.new_str(format!("{}.{}", owner_name(&d.owner), d.name)))
            },
            None,
        );
        add_getset(
            g,
            t,
            "__objclass__",
            |_vm, o| Ok(descr_of(o).owner.clone()),
            None,
        );
        add_getset(
            g,
            t,
            "__doc__",
            |vm, o| {
                Ok(descr_of(o)
                    .doc
                    .map(|d| vm.new_str(d))
                    .unwrap_or_else(|| vm.none()))
            },
            None,
        );
        add_getset(
            g,
            t,
            "__text_signature__",
            |vm, o| Ok(text_signature(vm, descr_of(o).sig)),
            None,
        );
        add_method(
            g,
            t,
            "__call__",
            signature!("($self, /, *args, **kwargs)"),
            |vm, a| vm.call(a.zelf(), &a.args[1..], a.kwnames),
        );
    }
    add_method(
        g,
        &g.method_descriptor,
        "__get__",
        signature!("($self, instance, owner=None, /)"),
        |vm, a| {
            let obj = a.args.get(1).filter(|o| !vm.is_none(o));
            let owner = a.args.get(2).cloned().unwrap_or_else(|| vm.none());
            vm.descr_get(a.zelf(), obj, &owner)
        },
    );
    add_method(
        g,
        &g.classmethod_descriptor,
        "__get__",
        signature!("($self, instance, owner=None, /)"),
        |vm, a| {
            let owner = match a.args.get(2).filter(|o| !vm.is_none(o)) {
                Some(o) => o.clone(),
                None => a.args[1].class(),
            };
            vm.descr_get(a.zelf(), None, &owner)
        },
    );

    let gs = &g.getset_descriptor;
    fn gs_of(o: &PyRef) -> &GetSetDescr {
        o.downcast::<GetSetDescr>().expect("getset")
    }
    add_method(g, gs, "__repr__", signature!("($self, /)"), |vm, a| {
        let d = gs_of(a.zelf());
        Ok(vm.new_str(format!(
            "<attribute '{}' of '{}' objects>",
            d.name,
            owner_name(&d.owner)
        )))
    });
    add_method(
        g,
        gs,
        "__get__",
        signature!("($self, instance, owner=None, /)"),
        |vm, a| match a.args.get(1).filter(|o| !vm.is_none(o)) {
            Some(o) => gs_of(a.zelf()).get(vm, o),
            None => Ok(a.zelf().clone()),
        },
    );
    add_method(
        g,
        gs,
        "__set__",
        signature!("($self, instance, value, /)"),
        |vm, a| {
            crate::objects::object::descr_set(vm, a.zelf(), &a.args[1], Some(a.args[2].clone()))?;
            Ok(vm.none())
        },
    );
    add_method(
        g,
        gs,
        "__delete__",
        signature!("($self, instance, /)"),
        |vm, a| {
            crate::objects::object::descr_set(vm, a.zelf(), &a.args[1], None)?;
            Ok(vm.none())
        },
    );
    add_getset(
        g,
        gs,
        "__name__",
        |vm, o| Ok(vm.new_str(gs_of(o).name)),
        None,
    );
    add_getset(
        g,
        gs,
        "__objclass__",
        |_vm, o| Ok(gs_of(o).owner.clone()),
        None,
    );

    let md = &g.member_descriptor;
    fn md_of(o: &PyRef) -> &MemberDescr {
        o.downcast::<MemberDescr>().expect("member")
    }
    add_method(g, md, "__repr__", signature!("($self, /)"), |vm, a| {
        let d = md_of(a.zelf());
        Ok(vm.new_str(format!(
            "<member '{}' of '{}' objects>",
            d.name,
            owner_name(&d.owner)
        )))
    });
    add_method(
        g,
        md,
        "__get__",
        signature!("($self, instance, owner=None, /)"),
        |vm, a| match a.args.get(1).filter(|o| !vm.is_none(o)) {
            Some(o) => crate::objects::typeobject::member_get(vm, md_of(a.zelf()), o),
            None => Ok(a.zelf().clone()),
        },
    );
    add_method(
        g,
        md,
        "__set__",
        signature!("($self, instance, value, /)"),
        |vm, a| {
            crate::objects::typeobject::member_set(
                vm,
                md_of(a.zelf()),
                &a.args[1],
                Some(a.args[2].clone()),
            )?;
            Ok(vm.none())
        },
    );
    add_method(
        g,
        md,
        "__delete__",
        signature!("($self, instance, /)"),
        |vm, a| {
            crate::objects::typeobject::member_set(vm, md_of(a.zelf()), &a.args[1], None)?;
            Ok(vm.none())
        },
    );
    add_getset(
        g,
        md,
        "__name__",
        |vm, o| Ok(vm.new_str(md_of(o).name.clone())),
        None,
    );
    add_getset(
        g,
        md,
        "__objclass__",
        |_vm, o| Ok(md_of(o).owner.clone()),
        None,
    );
}
