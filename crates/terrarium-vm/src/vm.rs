//! `Vm`: the state of one context (one heap, one GIL): its modules, the
//! running frames, the exception being handled, recursion accounting.
//!
//! Every function that can run Python code takes `&Vm`. The context's state
//! is behind `Cell`/`RefCell` because Python code re-enters freely.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::sync::Arc;

use terrarium_os::Posix;

use crate::error::{PyErr, PyResult};
use crate::globals::{Globals, globals};
use crate::object::heap::{Heap, HeapGuard};
use crate::object::{PyRef, alloc};
use crate::objects::dict::Dict;
use crate::objects::str::Str;

/// Settings fixed when a context is created.
#[derive(Clone)]
pub struct VmConfig {
    pub argv: Vec<String>,
    pub orig_argv: Vec<String>,
    pub executable: String,
    pub path: Vec<String>,
    pub optimize: u8,
    pub dont_write_bytecode: bool,
    pub inspect: bool,
    pub interactive: bool,
    pub isolated: bool,
    pub no_site: bool,
    pub no_user_site: bool,
    pub ignore_environment: bool,
    pub safe_path: bool,
    pub verbose: u8,
    pub quiet: bool,
    pub unbuffered: bool,
    pub warn_options: Vec<String>,
    pub x_options: Vec<String>,
    pub hash_seed: Option<u32>,
    pub int_max_str_digits: usize,
}

impl Default for VmConfig {
    fn default() -> Self {
        VmConfig {
            argv: vec![String::new()],
            orig_argv: Vec::new(),
            executable: String::new(),
            path: Vec::new(),
            optimize: 0,
            dont_write_bytecode: false,
            inspect: false,
            interactive: false,
            isolated: false,
            no_site: false,
            no_user_site: false,
            ignore_environment: false,
            safe_path: false,
            verbose: 0,
            quiet: false,
            unbuffered: false,
            warn_options: Vec::new(),
            x_options: Vec::new(),
            hash_seed: None,
            int_max_str_digits: 4300,
        }
    }
}

pub struct Vm {
    pub g: &'static Globals,
    pub config: VmConfig,
    pub os: Arc<dyn Posix>,
    pub builtins: PyRef,
    pub builtins_dict: PyRef,
    pub sys: PyRef,
    pub sys_dict: PyRef,
    pub modules: PyRef,
    /// The exception being handled (`sys.exc_info()`).
    pub exc_info: RefCell<Option<PyRef>>,
    /// The innermost executing frame, not owned: `run_frame`'s caller
    /// holds it for as long as it is current. Read it with `current_frame()`.
    pub(crate) current_frame: Cell<Option<std::ptr::NonNull<crate::object::Header>>>,
    pub recursion_depth: Cell<u32>,
    pub recursion_limit: Cell<u32>,
    pub int_max_str_digits: Cell<usize>,
    interned: RefCell<HashMap<Box<str>, PyRef>>,
    /// `__subclasses__()`: weak references to the classes made with each
    /// type (by address) among their bases. Kept here rather than in the
    /// types because builtin types are shared between contexts.
    pub subclasses: RefCell<HashMap<usize, Vec<PyRef>>>,
    pub gc: crate::gc::GcState,
    /// Every object this context allocates (`object/heap.rs`). Last, so
    /// that it is dropped after everything that could still reference it.
    pub heap: Heap,
}

thread_local! {
    static CURRENT: Cell<*const Vm> = const { Cell::new(std::ptr::null()) };
}

/// Runs `f` with the context that is current on this thread, if any. Used
/// where no `&Vm` can be passed down: finalizers run from `Drop`.
pub fn with_current<R>(f: impl FnOnce(&Vm) -> R) -> Option<R> {
    let p = CURRENT.with(|c| c.get());
    if p.is_null() {
        None
    } else {
        // SAFETY: `enter` sets the pointer for the duration of a borrow of the Vm.
        Some(f(unsafe { &*p }))
    }
}

impl Vm {
    pub fn new(config: VmConfig, os: Arc<dyn Posix>) -> PyResult<Box<Vm>> {
        // Before `globals()`: the first context's seed becomes the shared one.
        let secret = crate::hashing::context_secret(config.hash_seed);
        let g = globals();
        let heap = Heap::new(secret);
        // The heap moves into the Vm below, after its guard is gone: its list
        // and tables are boxed, so what it links stays valid.
        let (builtins_dict, builtins, sys_dict, sys, modules) = {
            let _current = heap.enter();
            let builtins_dict = alloc(&g.dict, Dict::new());
            let builtins =
                crate::objects::module::new_module_object(g, "builtins", builtins_dict.clone());
            let sys_dict = alloc(&g.dict, Dict::new());
            let sys = crate::objects::module::new_module_object(g, "sys", sys_dict.clone());
            let modules = alloc(&g.dict, Dict::new());
            (builtins_dict, builtins, sys_dict, sys, modules)
        };
        let limit = config.int_max_str_digits;
        let vm = Box::new(Vm {
            g,
            config,
            os,
            builtins,
            builtins_dict,
            sys,
            sys_dict,
            modules,
            exc_info: RefCell::new(None),
            current_frame: Cell::new(None),
            recursion_depth: Cell::new(0),
            recursion_limit: Cell::new(1000),
            int_max_str_digits: Cell::new(limit),
            interned: RefCell::new(HashMap::new()),
            subclasses: RefCell::new(HashMap::new()),
            gc: crate::gc::GcState::default(),
            heap,
        });
        {
            let _guard = vm.enter();
            crate::modules::builtins::init(&vm)?;
            crate::modules::sys::init(&vm)?;
            crate::modules::register_builtin_modules(&vm)?;
        }
        Ok(vm)
    }

    /// Makes this context (and its heap) current on this thread until the
    /// guard drops.
    pub fn enter(&self) -> EnterGuard {
        let heap = self.heap.enter();
        let prev = CURRENT.with(|c| c.replace(self as *const Vm));
        EnterGuard { prev, _heap: heap }
    }

    /// Frees everything the context allocated. As at CPython's exit, the
    /// modules' globals go first, while `sys` and `builtins` still work for
    /// the finalizers that run; then `sys` and `builtins`; then every
    /// object still tracked, cycles included, is cleared.
    fn teardown(&mut self) {
        drop(self.exc_info.borrow_mut().take());
        self.current_frame.set(None);
        self.gc.enabled.set(true);
        let modules = self
            .modules
            .downcast::<Dict>()
            .map(|d| d.values())
            .unwrap_or_default();
        for m in &modules {
            if m.is(&self.sys) || m.is(&self.builtins) {
                continue;
            }
            if let Some(m) = m.downcast::<crate::objects::module::Module>() {
                if let Some(d) = m.dict.downcast::<Dict>() {
                    d.clear_entries();
                }
            }
        }
        drop(modules);
        self.collect_garbage();
        for d in [&self.modules, &self.sys_dict, &self.builtins_dict] {
            if let Some(d) = d.downcast::<Dict>() {
                d.clear_entries();
            }
        }
        self.interned.borrow_mut().clear();
        self.subclasses.borrow_mut().clear();
        self.collect_garbage();
        // What is left is kept alive by references the collector cannot
        // see as garbage (a finalizer that stored itself somewhere, an
        // object whose payload does not report a reference): clear every
        // tracked object until the heap is empty or stops shrinking.
        let mut before = usize::MAX;
        loop {
            let left = self.tracked();
            if left.is_empty() || left.len() >= before {
                break;
            }
            before = left.len();
            // Their finalizers had their chance in the collections above.
            for o in &left {
                crate::gc::mark_finalized(o);
            }
            for o in &left {
                crate::gc::clear_object(o);
            }
            drop(left);
            drop(self.exc_info.borrow_mut().take());
        }
        let none = self.g.none.clone();
        for field in [
            &mut self.modules,
            &mut self.sys,
            &mut self.sys_dict,
            &mut self.builtins,
            &mut self.builtins_dict,
        ] {
            drop(std::mem::replace(field, none.clone()));
        }
        self.heap.abandon_tracked();
    }

    // ---- object constructors -------------------------------------------

    #[inline]
    pub fn none(&self) -> PyRef {
        self.g.none.clone()
    }

    #[inline]
    pub fn bool(&self, b: bool) -> PyRef {
        self.g.bool(b)
    }

    #[inline]
    pub fn is_none(&self, o: &PyRef) -> bool {
        o.is(&self.g.none)
    }

    pub fn new_str(&self, s: impl Into<Box<str>>) -> PyRef {
        let s: Box<str> = s.into();
        if s.is_empty() {
            return self.g.empty_str.clone();
        }
        alloc(&self.g.str_, Str::new(s))
    }

    /// An interned string: the same object for the same text in this context.
    /// The innermost executing frame.
    pub fn current_frame(&self) -> Option<PyRef> {
        // SAFETY: the pointer is set only while its frame runs, and the
        // frame is kept alive meanwhile (see the field).
        self.current_frame
            .get()
            .map(|p| unsafe { PyRef::from_borrowed(p) })
    }

    pub fn intern(&self, s: &str) -> PyRef {
        if let Some(o) = self.interned.borrow().get(s) {
            return o.clone();
        }
        let o = self.new_str(s);
        self.str_hash(&o);
        self.interned.borrow_mut().insert(s.into(), o.clone());
        o
    }

    pub fn new_dict(&self) -> PyRef {
        alloc(&self.g.dict, Dict::new())
    }

    pub fn new_tuple(&self, items: Vec<PyRef>) -> PyRef {
        crate::objects::tuple::new_tuple(self, items)
    }

    pub fn new_list(&self, items: Vec<PyRef>) -> PyRef {
        alloc(&self.g.list, crate::objects::list::List::new(items))
    }

    pub fn new_int(&self, i: i64) -> PyRef {
        crate::objects::int::new_int(self, i)
    }

    pub fn new_float(&self, f: f64) -> PyRef {
        crate::objects::float::new_float(self, f)
    }

    // ---- errors ----------------------------------------------------------

    /// A new exception of builtin type `name` with a message.
    pub fn new_exc(&self, name: &str, msg: impl Into<String>) -> PyErr {
        let ty = self.g.exc(name).clone();
        let args = vec![self.new_str(msg.into())];
        PyErr(crate::objects::exceptions::new_exception(self, &ty, args))
    }

    pub fn new_exc_args(&self, ty: &PyRef, args: Vec<PyRef>) -> PyErr {
        PyErr(crate::objects::exceptions::new_exception(self, ty, args))
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc("TypeError", msg)
    }

    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc("ValueError", msg)
    }

    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc("IndexError", msg)
    }

    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc("OverflowError", msg)
    }

    pub fn zero_division(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc("ZeroDivisionError", msg)
    }

    pub fn memory_error(&self) -> PyErr {
        self.new_exc_args(&self.g.exc("MemoryError").clone(), Vec::new())
    }

    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc("RuntimeError", msg)
    }

    pub fn key_error(&self, key: PyRef) -> PyErr {
        self.new_exc_args(&self.g.exc("KeyError").clone(), vec![key])
    }

    pub fn stop_iteration(&self, value: Option<PyRef>) -> PyErr {
        let args = value.map(|v| vec![v]).unwrap_or_default();
        self.new_exc_args(&self.g.exc("StopIteration").clone(), args)
    }

    pub fn recursion_error(&self, msg: &str) -> PyErr {
        self.new_exc("RecursionError", msg)
    }

    pub fn attribute_error(&self, obj: &PyRef, name: &str) -> PyErr {
        let msg = if let Some(t) = obj.downcast::<crate::typeobj::TypeData>() {
            format!("type object '{}' has no attribute '{}'", t.name, name)
        } else if let Some(m) = obj.downcast::<crate::objects::module::Module>() {
            format!("module '{}' has no attribute '{}'", m.name(self), name)
        } else {
            format!("'{}' object has no attribute '{}'", obj.ty().name, name)
        };
        let err = self.new_exc("AttributeError", msg);
        crate::objects::exceptions::set_attr_error_context(self, &err, obj, name);
        err
    }

    /// True if `err` is an instance of the builtin exception `name`.
    pub fn err_matches(&self, err: &PyErr, name: &str) -> bool {
        crate::objects::typeobject::is_subtype(&err.0.class(), self.g.exc(name))
    }

    // ---- recursion ---------------------------------------------------------

    /// Accounts one level of Python-visible recursion (calls, repr, compare).
    /// Also refuses when the native stack is nearly exhausted, so no Python
    /// program can overflow it.
    #[inline]
    pub fn enter_recursion(&self, what: &str) -> PyResult<RecursionGuard<'_>> {
        let d = self.recursion_depth.get() + 1;
        if d > self.recursion_limit.get()
            || stacker::remaining_stack().is_some_and(|r| r < 256 * 1024)
        {
            return Err(self.recursion_error(&format!("maximum recursion depth exceeded{what}")));
        }
        self.recursion_depth.set(d);
        Ok(RecursionGuard { vm: self })
    }
}

pub struct RecursionGuard<'a> {
    vm: &'a Vm,
}

impl Drop for RecursionGuard<'_> {
    fn drop(&mut self) {
        self.vm
            .recursion_depth
            .set(self.vm.recursion_depth.get() - 1);
    }
}

pub struct EnterGuard {
    prev: *const Vm,
    _heap: HeapGuard,
}

impl Drop for Vm {
    fn drop(&mut self) {
        let vm: &Vm = self;
        let guard = vm.enter();
        self.teardown();
        drop(guard);
    }
}

impl Drop for EnterGuard {
    fn drop(&mut self) {
        CURRENT.with(|c| c.set(self.prev));
    }
}
