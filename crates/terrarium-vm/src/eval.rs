//! The interpreter: argument binding, frame creation and the instruction
//! loop, with exception unwinding through the code's exception table.
//!
//! The slots and the value stack live in the frame object (so generators can
//! suspend); the loop reaches them through `FrameValues` (see `values.rs`).

use std::cell::RefCell;

use terrarium_compiler::bytecode::{Instr, UnaryOp, code_flags};

use crate::error::{PyErr, PyResult};
use crate::fast_arith;
use crate::inline_cache::{self, Loaded, MethodOrAttr};
use crate::object::{PyRef, alloc};
use crate::objects::code::Code;
use crate::objects::dict::Dict;
use crate::objects::frame::Frame;
use crate::objects::function::{BoundMethod, CellObj, Function};
use crate::objects::str::{Str, as_str};
use crate::objects::tuple::Tuple;
use crate::objects::typeobject::lookup;
use crate::values::FrameValues;
use crate::vm::Vm;

/// How a frame stopped running.
pub enum Exit {
    Return(PyRef),
    /// A value yielded; `delegated` is false only for the `yield` of an
    /// async generator (marked by `AsyncGenWrap`), whose values go to the
    /// consumer rather than up to the event loop.
    Yield {
        value: PyRef,
        delegated: bool,
    },
}

/// How a frame is (re)entered.
pub enum Resume {
    Start,
    Send(PyRef),
    Throw(PyErr),
}

// ---- frames and calls ------------------------------------------------------------

pub use crate::objects::frame::new_frame;

/// Calls a function defined in Python.
pub fn call_function(vm: &Vm, func: &PyRef, args: &[PyRef], kwnames: &[PyRef]) -> PyResult {
    let f = func.downcast::<Function>().expect("function");
    let code = f.code.downcast::<Code>().expect("code");
    let frame = function_frame(vm, f);
    {
        let fr = frame.downcast::<Frame>().expect("frame");
        // SAFETY: the frame is new and not executing.
        let slots = unsafe { fr.fresh_slots() };
        bind_arguments(vm, f, code, slots, args, kwnames)?;
    }
    let gen_flags = code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR;
    if code.flags & gen_flags != 0 {
        crate::object::track(&frame);
        return Ok(crate::objects::generator::new_generator(vm, frame, f));
    }
    run_to_completion(vm, frame)
}

/// A new frame for running a function's code (arguments not bound yet).
fn function_frame(vm: &Vm, f: &Function) -> PyRef {
    new_frame(
        vm,
        f.code.clone(),
        f.globals.clone(),
        None,
        f.builtins.clone(),
    )
}

/// Runs a new (non-generator) frame and releases it.
pub fn run_to_completion(vm: &Vm, frame: PyRef) -> PyResult {
    let r = run_frame(vm, &frame, Resume::Start);
    crate::objects::frame::release_frame(frame);
    match r? {
        Exit::Return(v) => Ok(v),
        Exit::Yield { value, .. } => Ok(value),
    }
}

/// Runs module-level or `exec`/`eval` code.
pub fn run_code(vm: &Vm, code: &PyRef, globals: PyRef, locals: PyRef) -> PyResult {
    let builtins = match globals
        .downcast::<Dict>()
        .and_then(|d| d.get_str("__builtins__", crate::hashing::hash_str("__builtins__")))
    {
        Some(b) => match b.downcast::<crate::objects::module::Module>() {
            Some(m) => m.dict.clone(),
            None => b,
        },
        None => {
            // As CPython's exec/eval: a reference to the builtins' dict.
            if let Some(d) = globals.downcast::<Dict>() {
                d.set_item(vm, vm.intern("__builtins__"), vm.builtins_dict.clone())?;
            }
            vm.builtins_dict.clone()
        }
    };
    let frame = new_frame(vm, code.clone(), globals, Some(locals), builtins);
    run_to_completion(vm, frame)
}

fn join_names(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        _ => format!(
            "{}, and {}",
            names[..names.len() - 1].join(", "),
            names[names.len() - 1]
        ),
    }
}

fn bind_arguments(
    vm: &Vm,
    f: &Function,
    code: &Code,
    slots: &mut [Option<PyRef>],
    args: &[PyRef],
    kwnames: &[PyRef],
) -> PyResult<()> {
    // The name is only needed for error messages: build it lazily.
    let fname = || as_str(&f.qualname.borrow()).to_string();
    let npos = code.argcount as usize;
    let nkwonly = code.kwonlyargcount as usize;
    let total = npos + nkwonly;
    let has_varargs = code.flags & code_flags::VARARGS != 0;
    let has_varkw = code.flags & code_flags::VARKEYWORDS != 0;
    if kwnames.is_empty() && args.len() == npos && nkwonly == 0 && !has_varargs && !has_varkw {
        // The commonest call: exactly the positional parameters.
        for (slot, a) in slots.iter_mut().zip(args) {
            *slot = Some(a.clone());
        }
        init_cells(vm, f, code, slots);
        return Ok(());
    }
    let given = args.len() - kwnames.len();
    for i in 0..given.min(npos) {
        slots[i] = Some(args[i].clone());
    }
    if has_varargs {
        let extra = if given > npos {
            args[npos..given].to_vec()
        } else {
            Vec::new()
        };
        slots[total] = Some(vm.new_tuple(extra));
    }
    let kwdict = if has_varkw {
        let d = vm.new_dict();
        slots[total + has_varargs as usize] = Some(d.clone());
        Some(d)
    } else {
        None
    };
    let mut posonly_as_kw = Vec::new();
    for (k, v) in kwnames.iter().zip(&args[given..]) {
        let kname = as_str(k);
        let idx = code.varnames[..total]
            .iter()
            .position(|n| as_str(n) == kname);
        match idx {
            Some(i) if i >= code.posonlyargcount as usize => {
                if slots[i].is_some() {
                    return Err(vm.type_error(format!(
                        "{}() got multiple values for argument '{kname}'",
                        fname()
                    )));
                }
                slots[i] = Some(v.clone());
            }
            other => match &kwdict {
                Some(d) => {
                    let dd = d.downcast::<Dict>().expect("dict");
                    if dd.contains(vm, k)? {
                        return Err(vm.type_error(format!(
                            "{}() got multiple values for keyword argument '{kname}'",
                            fname()
                        )));
                    }
                    dd.set_item(vm, k.clone(), v.clone())?;
                }
                None => {
                    if other.is_some() {
                        posonly_as_kw.push(kname.to_string());
                    } else {
                        return Err(vm.type_error(format!(
                            "{}() got an unexpected keyword argument '{kname}'",
                            fname()
                        )));
                    }
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            fname(),
            posonly_as_kw.join(", ")
        )));
    }
    let defaults = f.defaults.borrow().clone();
    let defaults: &[PyRef] = match &defaults {
        Some(d) => d.downcast::<Tuple>().map(|t| t.items()).unwrap_or(&[]),
        None => &[],
    };
    if given > npos && !has_varargs {
        let kwonly_given = (npos..total).filter(|&i| slots[i].is_some()).count();
        let takes = if defaults.is_empty() {
            format!(
                "{npos} positional argument{}",
                if npos == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "from {} to {npos} positional arguments",
                npos - defaults.len()
            )
        };
        let kwpart = if kwonly_given > 0 {
            format!(
                " positional argument{} (and {kwonly_given} keyword-only argument{})",
                if given == 1 { "" } else { "s" },
                if kwonly_given == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        };
        return Err(vm.type_error(format!(
            "{}() takes {takes} but {given}{kwpart} {} given",
            fname(),
            if given == 1 && kwonly_given == 0 {
                "was"
            } else {
                "were"
            }
        )));
    }
    let first_default = npos - defaults.len().min(npos);
    let mut missing = Vec::new();
    for i in given.min(npos)..npos {
        if slots[i].is_none() {
            if i >= first_default {
                slots[i] = Some(defaults[i - first_default].clone());
            } else {
                missing.push(format!("'{}'", as_str(&code.varnames[i])));
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            fname(),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            join_names(&missing)
        )));
    }
    if nkwonly > 0 {
        let kwdefaults = f.kwdefaults.borrow().clone();
        for i in npos..total {
            if slots[i].is_none() {
                let dv = match &kwdefaults {
                    Some(d) => d.downcast::<Dict>().and_then(|d| {
                        d.get_str(as_str(&code.varnames[i]), vm.str_hash(&code.varnames[i]))
                    }),
                    None => None,
                };
                match dv {
                    Some(v) => slots[i] = Some(v),
                    None => missing.push(format!("'{}'", as_str(&code.varnames[i]))),
                }
            }
        }
        if !missing.is_empty() {
            return Err(vm.type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                fname(),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
    }
    init_cells(vm, f, code, slots);
    Ok(())
}

/// Makes the frame's cells (holding their arguments' values where a
/// parameter is a cell) and copies in the closure's.
fn init_cells(vm: &Vm, f: &Function, code: &Code, slots: &mut [Option<PyRef>]) {
    let nlocals = code.nlocals();
    for (i, arg) in code.cell2arg.iter().enumerate() {
        let v = arg.and_then(|a| slots[a as usize].clone());
        slots[nlocals + i] = Some(alloc(&vm.g.cell, CellObj::new(v)));
    }
    if let Some(closure) = &f.closure {
        let cells = closure.downcast::<Tuple>().expect("tuple");
        let base = nlocals + code.cellvars.len();
        for (i, c) in cells.items().iter().enumerate() {
            slots[base + i] = Some(c.clone());
        }
    }
}

/// `super()` with no arguments: the `__class__` cell and first argument of
/// the calling function.
pub fn zero_arg_super(vm: &Vm) -> PyResult<(PyRef, Option<PyRef>)> {
    let Some(frame) = vm.current_frame() else {
        return Err(vm.runtime_error("super(): no current frame"));
    };
    let fr = frame.downcast::<Frame>().expect("frame");
    let code = fr.code();
    if code.argcount == 0 && code.flags & code_flags::VARARGS == 0 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let mut first = fr.slot(0);
    if let Some(ci) = code.cell2arg.iter().position(|a| *a == Some(0)) {
        first = fr
            .slot(code.nlocals() + ci)
            .and_then(|c| c.downcast::<CellObj>().and_then(|c| c.get()));
    }
    let Some(first) = first else {
        return Err(vm.runtime_error("super(): arg[0] deleted"));
    };
    let ncells = code.cellvars.len();
    for (i, name) in code.freevars.iter().enumerate() {
        if as_str(name) == "__class__" {
            let cell = fr.slot(code.nlocals() + ncells + i);
            return match cell.and_then(|c| c.downcast::<CellObj>().and_then(|c| c.get())) {
                Some(cls) if cls.downcast::<crate::typeobj::TypeData>().is_some() => {
                    Ok((cls, Some(first)))
                }
                Some(_) => Err(vm.runtime_error("super(): __class__ is not a type")),
                None => Err(vm.runtime_error("super(): empty __class__ cell")),
            };
        }
    }
    Err(vm.runtime_error("super(): __class__ cell not found"))
}

// ---- the loop -----------------------------------------------------------------------

/// Makes a frame the current one for as long as it runs.
struct FrameGuard<'a> {
    vm: &'a Vm,
    frame: &'a Frame,
}

impl Drop for FrameGuard<'_> {
    fn drop(&mut self) {
        self.frame.executing.set(false);
        self.vm.current_frame.set(self.frame.back.take());
        self.vm
            .recursion_depth
            .set(self.vm.recursion_depth.get() - 1);
    }
}

pub fn run_frame(vm: &Vm, frame_ref: &PyRef, resume: Resume) -> PyResult<Exit> {
    let frame = frame_ref.downcast::<Frame>().expect("frame");
    let depth = vm.recursion_depth.get() + 1;
    if depth > vm.recursion_limit.get()
        || stacker::remaining_stack().is_some_and(|r| r < 256 * 1024)
    {
        if let Resume::Throw(e) = resume {
            drop(e);
        }
        return Err(vm.recursion_error("maximum recursion depth exceeded"));
    }
    vm.recursion_depth.set(depth);
    vm.maybe_collect();
    // The caller holds `frame_ref` until this returns, and the previous
    // frame is running below: both pointers stay valid while they are set.
    frame
        .back
        .set(vm.current_frame.replace(Some(frame_ref.as_non_null())));
    frame.executing.set(true);
    let _guard = FrameGuard { vm, frame };
    let result = execute(vm, frame_ref, frame, resume);
    if !matches!(result, Ok(Exit::Yield { .. })) {
        frame.finished.set(true);
    }
    result
}

/// The frame the loop is running, as raw parts so that the loop can switch
/// to a callee's frame and back (see `execute`).
struct Running {
    /// Owns the frame, keeping `frame` and `code` valid.
    frame_ref: PyRef,
    frame: *const Frame,
    code: *const Code,
}

impl Running {
    fn new(frame_ref: PyRef) -> Running {
        let frame: *const Frame = frame_ref.downcast::<Frame>().expect("frame");
        // SAFETY: `frame_ref` keeps the frame, and the frame its code, alive.
        let code: *const Code = unsafe { (*frame).code() };
        Running {
            frame_ref,
            frame,
            code,
        }
    }

    /// The frame's values, with the stack depth it recorded when it last
    /// stopped.
    fn values(&self) -> FrameValues {
        // SAFETY: see `Running::new`.
        let frame = unsafe { &*self.frame };
        let (buffer, nslots, len) = frame.raw_values();
        // SAFETY: the frame's own buffer with its recorded depth; only this
        // loop runs the frame.
        unsafe { FrameValues::new(buffer, nslots, len, frame.depth.get()) }
    }
}

/// Runs a frame until it returns, yields or raises.
///
/// A call to a plain Python function made by this frame runs in this same
/// loop rather than in a nested `execute` (CPython 3.11 does the same): the
/// loop switches to the callee's frame, keeping the callers' frames in
/// `callers`, and switches back when the callee returns or raises.
fn execute(vm: &Vm, root_ref: &PyRef, root: &Frame, resume: Resume) -> PyResult<Exit> {
    let mut running = Running::new(root_ref.clone());
    let mut callers: Vec<Running> = Vec::new();
    // SAFETY (all derefs of `running.frame` and `running.code` below):
    // `running.frame_ref` keeps them alive, and they are re-read after
    // every switch.
    let mut frame: &Frame = root;
    let mut code: &Code = unsafe { &*running.code };
    let mut values = running.values();

    // Makes the loop run `running`'s frame, from its recorded stack depth.
    macro_rules! enter_running {
        () => {
            frame = unsafe { &*running.frame };
            code = unsafe { &*running.code };
            values = running.values();
        };
    }

    let mut ip: usize;
    // The instruction being executed: where unwinding looks for a handler
    // (`frame.lasti` may be restored by Reraise for the traceback's sake).
    let mut cur: usize;
    let mut thrown: Option<PyErr> = None;
    match resume {
        Resume::Start => {
            ip = 0;
            cur = 0;
        }
        Resume::Send(v) => {
            values.push(v);
            ip = frame.lasti.get() + 1;
            cur = ip;
        }
        Resume::Throw(e) => {
            ip = frame.lasti.get();
            cur = ip;
            thrown = Some(e);
        }
    }

    loop {
        let flow = match thrown.take() {
            Some(e) => Flow::Raise(e),
            None => loop {
                let instr = code.instructions[ip];
                frame.lasti.set(ip);
                cur = ip;
                ip += 1;
                if let Err(flow) = step(vm, frame, code, &mut values, instr, &mut ip) {
                    break flow;
                }
            },
        };
        let (exc, add_tb) = match flow {
            Flow::Call(callee) => {
                // As `run_frame` does on entry.
                let depth = vm.recursion_depth.get() + 1;
                if depth > vm.recursion_limit.get() {
                    crate::objects::frame::release_frame(callee);
                    thrown = Some(vm.recursion_error("maximum recursion depth exceeded"));
                    continue;
                }
                vm.recursion_depth.set(depth);
                vm.maybe_collect();
                frame.depth.set(values.depth());
                let next = Running::new(callee);
                // SAFETY: see above.
                let callee_frame = unsafe { &*next.frame };
                callee_frame
                    .back
                    .set(vm.current_frame.replace(Some(next.frame_ref.as_non_null())));
                callee_frame.executing.set(true);
                callers.push(std::mem::replace(&mut running, next));
                enter_running!();
                ip = 0;
                continue;
            }
            Flow::Return(v) => {
                values.truncate(0);
                frame.depth.set(0);
                match callers.pop() {
                    Some(caller) => {
                        leave_callee(vm, std::mem::replace(&mut running, caller));
                        enter_running!();
                        ip = frame.lasti.get() + 1;
                        values.push(v);
                        continue;
                    }
                    None => return Ok(Exit::Return(v)),
                }
            }
            Flow::Yield { value, delegated } => {
                // Only the root frame can be a generator's.
                frame.depth.set(values.depth());
                return Ok(Exit::Yield { value, delegated });
            }
            Flow::Raise(e) => (e.0, true),
            Flow::Reraise(e) => (e, false),
        };
        if add_tb {
            if crate::objects::exceptions::traceback_of(vm, &exc).is(&vm.g.none) {
                crate::objects::exceptions::set_context(vm, &exc);
            }
            crate::objects::exceptions::add_traceback(vm, &exc, &running.frame_ref, cur);
        }
        match find_handler(code, cur) {
            Some(h) => {
                values.truncate(h.depth as usize);
                if h.lasti {
                    values.push(vm.new_int(frame.lasti.get() as i64));
                }
                values.push(exc);
                ip = h.target as usize;
            }
            None => {
                values.truncate(0);
                frame.depth.set(0);
                match callers.pop() {
                    // The exception goes on in the caller, from its call.
                    Some(caller) => {
                        leave_callee(vm, std::mem::replace(&mut running, caller));
                        enter_running!();
                        cur = frame.lasti.get();
                        ip = cur + 1;
                        thrown = Some(PyErr(exc));
                    }
                    None => return Err(PyErr(exc)),
                }
            }
        }
    }
}

/// Ends a callee that ran in its caller's loop, as `run_frame` does.
fn leave_callee(vm: &Vm, callee: Running) {
    // SAFETY: see `Running::new`.
    let frame = unsafe { &*callee.frame };
    frame.executing.set(false);
    frame.finished.set(true);
    vm.current_frame.set(frame.back.take());
    vm.recursion_depth.set(vm.recursion_depth.get() - 1);
    crate::objects::frame::release_frame(callee.frame_ref);
}

/// Why an instruction left the straight-line flow of the loop.
enum Flow {
    /// An exception raised here: unwinding adds this frame to its traceback.
    Raise(PyErr),
    /// An exception re-raised as it was (`Reraise`, `EndAsyncFor`).
    Reraise(PyRef),
    Return(PyRef),
    /// A call to a plain Python function, whose new frame (arguments
    /// bound) the loop is to run next.
    Call(PyRef),
    /// `delegated` is false only for the `yield` of an async generator.
    Yield {
        value: PyRef,
        delegated: bool,
    },
}

impl From<PyErr> for Flow {
    #[inline]
    fn from(e: PyErr) -> Flow {
        Flow::Raise(e)
    }
}

/// Runs one instruction. Inlined into the loop of `execute`, so that `?` and
/// early returns compile to jumps to its unwinding code.
#[inline(always)]
fn step(
    vm: &Vm,
    frame: &Frame,
    code: &Code,
    values: &mut FrameValues,
    instr: Instr,
    ip: &mut usize,
) -> Result<(), Flow> {
    let g = vm.g;
    macro_rules! push {
        ($v:expr) => {{
            let v = $v;
            values.push(v)
        }};
    }
    macro_rules! pop {
        () => {
            values.pop()
        };
    }
    macro_rules! top {
        () => {
            values.top().clone()
        };
    }
    macro_rules! peek {
        ($n:expr) => {
            values.peek($n).clone()
        };
    }
    macro_rules! throw {
        ($e:expr) => {
            return Err(Flow::Raise($e))
        };
    }
    match instr {
        Instr::Nop => {}
        Instr::Pop => drop(pop!()),
        Instr::Copy(n) => push!(peek!(n as usize)),
        Instr::Swap(n) => values.swap(n as usize),
        Instr::PushNull => push!(g.null.clone()),
        Instr::LoadConst(i) => push!(code.consts[i as usize].clone()),
        Instr::LoadFast(i) | Instr::LoadFastChecked(i) => match values.slot(i as usize) {
            Some(v) => push!(v),
            None => {
                throw!(vm.new_exc(
                    "UnboundLocalError",
                    format!(
                        "cannot access local variable '{}' where it is not associated with a value",
                        as_str(&code.varnames[i as usize])
                    ),
                ));
            }
        },
        Instr::StoreFast(i) => {
            let v = pop!();
            let old = values.replace_slot(i as usize, Some(v));
            drop(old);
        }
        Instr::DeleteFast(i) => {
            let old = values.replace_slot(i as usize, None);
            if old.is_none() {
                throw!(vm.new_exc(
                    "UnboundLocalError",
                    format!(
                        "cannot access local variable '{}' where it is not associated with a value",
                        as_str(&code.varnames[i as usize])
                    ),
                ));
            }
            drop(old);
        }
        Instr::LoadDeref(i) => {
            let cell = cell_at(frame, code, i);
            match cell.downcast::<CellObj>().expect("cell").get() {
                Some(v) => push!(v),
                None => throw!(unbound_deref(vm, code, i)),
            }
        }
        Instr::StoreDeref(i) => {
            let v = pop!();
            cell_at(frame, code, i)
                .downcast::<CellObj>()
                .expect("cell")
                .set(Some(v));
        }
        Instr::DeleteDeref(i) => {
            let cell = cell_at(frame, code, i);
            let c = cell.downcast::<CellObj>().expect("cell");
            if c.get().is_none() {
                throw!(unbound_deref(vm, code, i));
            }
            c.set(None);
        }
        Instr::LoadClosure(i) => push!(cell_at(frame, code, i)),
        Instr::LoadClassDeref(i) => {
            let name = deref_name(code, i);
            let locals = frame.locals.clone().expect("class body has locals");
            match mapping_get(vm, &locals, name)? {
                Some(v) => push!(v),
                None => match cell_at(frame, code, i)
                    .downcast::<CellObj>()
                    .expect("cell")
                    .get()
                {
                    Some(v) => push!(v),
                    None => throw!(unbound_deref(vm, code, i)),
                },
            }
        }
        Instr::LoadName(i) => {
            let name = &code.names[i as usize];
            let locals = frame
                .locals
                .clone()
                .unwrap_or_else(|| frame.globals.clone());
            let v = match mapping_get(vm, &locals, name)? {
                Some(v) => v,
                None => load_global(vm, frame, name)?,
            };
            push!(v);
        }
        Instr::StoreName(i) => {
            let v = pop!();
            let locals = frame
                .locals
                .clone()
                .unwrap_or_else(|| frame.globals.clone());
            let name = code.names[i as usize].clone();
            match locals.downcast::<Dict>() {
                Some(d) if locals.type_is(&g.dict) => d.set_item(vm, name, v)?,
                _ => vm.setitem(&locals, &name, v)?,
            }
        }
        Instr::DeleteName(i) => {
            let locals = frame
                .locals
                .clone()
                .unwrap_or_else(|| frame.globals.clone());
            let name = &code.names[i as usize];
            let removed = match locals.downcast::<Dict>() {
                Some(d) if locals.type_is(&g.dict) => d.del_item(vm, name)?.is_some(),
                _ => match vm.delitem(&locals, name) {
                    Ok(()) => true,
                    Err(e) if vm.err_matches(&e, "KeyError") => false,
                    Err(e) => throw!(e),
                },
            };
            if !removed {
                throw!(name_error(vm, name));
            }
        }
        Instr::LoadGlobal(i) => {
            let v = inline_cache::load_global(vm, frame, code, *ip - 1, &code.names[i as usize])?;
            push!(v);
        }
        Instr::StoreGlobal(i) => {
            let v = pop!();
            frame
                .globals
                .downcast::<Dict>()
                .expect("globals dict")
                .set_item(vm, code.names[i as usize].clone(), v)?;
        }
        Instr::DeleteGlobal(i) => {
            let name = &code.names[i as usize];
            if frame
                .globals
                .downcast::<Dict>()
                .expect("globals dict")
                .del_item(vm, name)?
                .is_none()
            {
                throw!(name_error(vm, name));
            }
        }
        Instr::LoadAttr(i) => {
            let obj = pop!();
            match inline_cache::load_attr(vm, code, *ip - 1, &obj, &code.names[i as usize])? {
                Loaded::Value(v) => push!(v),
                // A property whose getter is a plain Python function: the
                // loop runs it, and its result lands where the value would.
                Loaded::Call(frame) => return Err(Flow::Call(frame)),
            }
        }
        Instr::StoreAttr(i) => {
            let obj = pop!();
            let v = pop!();
            inline_cache::store_attr(vm, code, *ip - 1, &obj, &code.names[i as usize], v)?;
        }
        Instr::DeleteAttr(i) => {
            let obj = pop!();
            vm.setattr(&obj, &code.names[i as usize], None)?;
        }
        Instr::LoadMethod(i) => {
            let obj = pop!();
            let name = &code.names[i as usize];
            match inline_cache::load_method(vm, code, *ip - 1, &obj, name)? {
                MethodOrAttr::Method(m) => {
                    push!(m);
                    push!(obj);
                }
                MethodOrAttr::Attr(v) => {
                    push!(g.null.clone());
                    push!(v);
                }
            }
        }
        Instr::LoadBuildClass => {
            let b = vm.builtins_dict.downcast::<Dict>().expect("dict");
            match b.get_str(
                "__build_class__",
                crate::hashing::hash_str("__build_class__"),
            ) {
                Some(f) => push!(f),
                None => {
                    throw!(vm.new_exc("NameError", "__build_class__ not found"));
                }
            }
        }
        Instr::LoadAssertionError => push!(g.exc("AssertionError").clone()),
        Instr::BinarySubscr => {
            let key = pop!();
            let container = pop!();
            let v = match crate::objects::list::fast_getitem(vm, &container, &key) {
                Some(r) => r?,
                None => vm.getitem_general(&container, &key)?,
            };
            push!(v);
        }
        Instr::StoreSubscr => {
            let key = pop!();
            let container = pop!();
            let v = pop!();
            vm.setitem(&container, &key, v)?;
        }
        Instr::DeleteSubscr => {
            let key = pop!();
            let container = pop!();
            vm.delitem(&container, &key)?;
        }
        Instr::BuildSlice(n) => {
            let step = if n == 3 { pop!() } else { vm.none() };
            let stop = pop!();
            let start = pop!();
            push!(crate::objects::slice::new_slice(vm, start, stop, step));
        }
        Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
            let b = pop!();
            let a = pop!();
            // The fast path's types are immutable: in place is the same as not.
            let r = match fast_arith::binary(vm, &a, &b, op) {
                Some(r) => r,
                None if matches!(instr, Instr::InplaceOp(_)) => vm.inplace_op(&a, &b, op)?,
                None => vm.binary_op(&a, &b, op)?,
            };
            push!(r);
        }
        Instr::Unary(op) => {
            let a = pop!();
            let r = match op {
                UnaryOp::Not => vm.bool(!vm.truthy(&a)?),
                UnaryOp::Negative => vm.unary_op(&a, "__neg__", "-")?,
                UnaryOp::Positive => vm.unary_op(&a, "__pos__", "+")?,
                UnaryOp::Invert => vm.unary_op(&a, "__invert__", "~")?,
            };
            push!(r);
        }
        Instr::Compare(op) => {
            let b = pop!();
            let a = pop!();
            let r = match fast_arith::compare(vm, &a, &b, op) {
                Some(r) => vm.bool(r),
                None => match crate::objects::int::fast_compare(vm, &a, &b, op) {
                    Some(r) => vm.bool(r),
                    None => vm.rich_compare(&a, &b, op)?,
                },
            };
            push!(r);
        }
        Instr::IsOp(inv) => {
            let b = pop!();
            let a = pop!();
            push!(vm.bool(a.is(&b) != (inv != 0)));
        }
        Instr::ContainsOp(inv) => {
            let container = pop!();
            let item = pop!();
            let r = vm.contains(&container, &item)?;
            push!(vm.bool(r != (inv != 0)));
        }
        Instr::Jump(t) => *ip = t as usize,
        Instr::PopJumpIfFalse(t) => {
            let v = pop!();
            let truth = if v.is(&g.false_) {
                false
            } else if v.is(&g.true_) {
                true
            } else {
                vm.truthy(&v)?
            };
            if !truth {
                *ip = t as usize;
            }
        }
        Instr::PopJumpIfTrue(t) => {
            let v = pop!();
            let truth = if v.is(&g.false_) {
                false
            } else if v.is(&g.true_) {
                true
            } else {
                vm.truthy(&v)?
            };
            if truth {
                *ip = t as usize;
            }
        }
        Instr::PopJumpIfNone(t) => {
            if pop!().is(&g.none) {
                *ip = t as usize;
            }
        }
        Instr::PopJumpIfNotNone(t) => {
            if !pop!().is(&g.none) {
                *ip = t as usize;
            }
        }
        Instr::JumpIfFalseOrPop(t) => {
            if !vm.truthy(&top!())? {
                *ip = t as usize;
            } else {
                drop(pop!());
            }
        }
        Instr::JumpIfTrueOrPop(t) => {
            if vm.truthy(&top!())? {
                *ip = t as usize;
            } else {
                drop(pop!());
            }
        }
        Instr::GetIter => {
            let o = pop!();
            let it = vm.iter(&o)?;
            push!(it);
        }
        Instr::ForIter(t) => {
            let it = top!();
            match vm.next(&it)? {
                Some(v) => push!(v),
                None => {
                    drop(pop!());
                    *ip = t as usize;
                }
            }
        }
        Instr::ReturnValue => {
            return Err(Flow::Return(pop!()));
        }
        Instr::Call(argc) => {
            if let Some(callee) = inline_call_frame(vm, values, argc as usize) {
                return Err(Flow::Call(callee));
            }
            let r = call_from_stack(vm, values, argc as usize, &[]);
            push!(r?);
        }
        Instr::CallKw(argc) => {
            let kwnames_t = pop!();
            let kwnames = kwnames_t.downcast::<Tuple>().expect("kwnames").items();
            let r = call_from_stack(vm, values, argc as usize, kwnames);
            push!(r?);
        }
        Instr::CallEx(flags) => {
            let kwargs = if flags & 1 != 0 { Some(pop!()) } else { None };
            let args = pop!();
            let callable = pop!();
            let null = pop!();
            let (callable, mut argv) = if null.is(&g.null) {
                (callable, Vec::new())
            } else {
                (null, vec![callable])
            };
            match args.downcast::<Tuple>() {
                Some(t) if args.type_is(&g.tuple) => argv.extend_from_slice(t.items()),
                _ => {
                    if lookup(args.type_obj_ref(), "__iter__").is_none()
                        && lookup(args.type_obj_ref(), "__getitem__").is_none()
                    {
                        throw!(vm.type_error(format!(
                            "{} argument after * must be an iterable, not {}",
                            callable_name(vm, &callable),
                            args.ty().name
                        )));
                    }
                    argv.extend(vm.to_vec(&args)?)
                }
            }
            let mut kwnames = Vec::new();
            if let Some(kw) = kwargs {
                let d = kw.downcast::<Dict>().expect("kwargs dict");
                for (k, v) in d.items() {
                    if k.downcast::<Str>().is_none() {
                        throw!(vm.type_error("keywords must be strings"));
                    }
                    kwnames.push(k);
                    argv.push(v);
                }
            }
            let r = vm.call(&callable, &argv, &kwnames)?;
            push!(r);
        }
        Instr::MakeFunction(flags) => {
            let code_obj = pop!();
            let closure = if flags & 8 != 0 { Some(pop!()) } else { None };
            let annotations = if flags & 4 != 0 { Some(pop!()) } else { None };
            let kwdefaults = if flags & 2 != 0 { Some(pop!()) } else { None };
            let defaults = if flags & 1 != 0 { Some(pop!()) } else { None };
            let f = make_function(
                vm,
                frame,
                code_obj,
                defaults,
                kwdefaults,
                annotations,
                closure,
            );
            push!(f);
        }
        Instr::BuildTuple(n) => {
            let items = values.pop_n(n as usize);
            push!(vm.new_tuple(items));
        }
        Instr::BuildList(n) => {
            let items = values.pop_n(n as usize);
            push!(vm.new_list(items));
        }
        Instr::BuildSet(n) => {
            let items = values.pop_n(n as usize);
            let s = crate::objects::set::new_set(vm, items)?;
            push!(s);
        }
        Instr::BuildMap(n) => {
            let items = values.pop_n(2 * n as usize);
            let d = vm.new_dict();
            let dd = d.downcast::<Dict>().expect("dict");
            for kv in items.chunks(2) {
                dd.set_item(vm, kv[0].clone(), kv[1].clone())?;
            }
            push!(d);
        }
        Instr::BuildConstKeyMap(n) => {
            let keys = pop!();
            let values = values.pop_n(n as usize);
            let d = vm.new_dict();
            let dd = d.downcast::<Dict>().expect("dict");
            for (k, v) in keys
                .downcast::<Tuple>()
                .expect("keys")
                .items()
                .iter()
                .zip(values)
            {
                dd.set_item(vm, k.clone(), v)?;
            }
            push!(d);
        }
        Instr::BuildString(n) => {
            let parts = values.pop_n(n as usize);
            let mut s = String::new();
            for p in &parts {
                s.push_str(as_str(p));
            }
            push!(vm.new_str(s));
        }
        Instr::ListAppend(i) => {
            let v = pop!();
            let l = peek!(i as usize);
            let appended = l
                .downcast::<crate::objects::list::List>()
                .expect("list")
                .append(vm, v);
            if let Err(e) = appended {
                throw!(e);
            }
        }
        Instr::SetAdd(i) => {
            let v = pop!();
            let s = peek!(i as usize);
            s.downcast::<crate::objects::set::Set>()
                .expect("set")
                .add(vm, v)?;
        }
        Instr::MapAdd(i) => {
            let v = pop!();
            let k = pop!();
            let d = peek!(i as usize);
            d.downcast::<Dict>().expect("dict").set_item(vm, k, v)?;
        }
        Instr::ListExtend(i) => {
            let it = pop!();
            let l = peek!(i as usize);
            let items = match vm.to_vec(&it) {
                Ok(v) => v,
                Err(e)
                    if vm.err_matches(&e, "TypeError")
                        && lookup(it.type_obj_ref(), "__iter__").is_none()
                        && lookup(it.type_obj_ref(), "__getitem__").is_none() =>
                {
                    throw!(vm.type_error(format!(
                        "Value after * must be an iterable, not {}",
                        it.ty().name
                    )));
                }
                Err(e) => throw!(e),
            };
            let lst = l.downcast::<crate::objects::list::List>().expect("list");
            if let Err(e) = lst.extend(vm, items) {
                throw!(e);
            }
        }
        Instr::SetUpdate(i) => {
            let it = pop!();
            let s = peek!(i as usize);
            s.downcast::<crate::objects::set::Set>()
                .expect("set")
                .update(vm, &it)?;
        }
        Instr::DictUpdate(i) => {
            let m = pop!();
            let d = peek!(i as usize);
            dict_merge(vm, &d, &m, None)?;
        }
        Instr::DictMerge(i) => {
            let m = pop!();
            let d = peek!(i as usize);
            let callable = peek!(i as usize + 2);
            dict_merge(vm, &d, &m, Some(&callable))?;
        }
        Instr::ListToTuple => {
            let l = pop!();
            let items = l
                .downcast::<crate::objects::list::List>()
                .expect("list")
                .to_vec();
            push!(vm.new_tuple(items));
        }
        Instr::FormatValue(flags) => {
            let spec = if flags & 4 != 0 { Some(pop!()) } else { None };
            let v = pop!();
            let v = match flags & 3 {
                1 => vm.str(&v)?,
                2 => vm.repr(&v)?,
                3 => crate::modules::builtins::ascii_of(vm, &v)?,
                _ => v,
            };
            let r = if spec.is_none() && v.type_is(&g.str_) {
                v
            } else {
                let spec = spec.unwrap_or_else(|| g.empty_str.clone());
                crate::objects::str_methods::format_object(vm, &v, &spec)?
            };
            push!(r);
        }
        Instr::UnpackSequence(n) => {
            let seq = pop!();
            let items = unpack(vm, &seq, n as usize, None)?;
            for x in items.into_iter().rev() {
                push!(x);
            }
        }
        Instr::UnpackEx(arg) => {
            let before = (arg & 0xff) as usize;
            let after = (arg >> 8) as usize;
            let seq = pop!();
            let items = unpack(vm, &seq, before, Some(after))?;
            for x in items.into_iter().rev() {
                push!(x);
            }
        }
        Instr::Raise(kind) => {
            throw!(match kind {
                0 => match vm.exc_info.borrow().clone() {
                    Some(e) => PyErr(e),
                    None => vm.runtime_error("No active exception to reraise"),
                },
                1 => {
                    let e = pop!();
                    crate::objects::exceptions::make_raisable(vm, e, None)?
                }
                _ => {
                    let cause = pop!();
                    let e = pop!();
                    crate::objects::exceptions::make_raisable(vm, e, Some(cause))?
                }
            });
        }
        Instr::Reraise(arg) => {
            let e = pop!();
            if arg != 0 {
                let lasti = peek!(arg as usize);
                if let Some(i) = lasti
                    .downcast::<crate::objects::int::Int>()
                    .and_then(|i| i.to_i64())
                {
                    frame.lasti.set(i as usize);
                }
            }
            return Err(Flow::Reraise(e));
        }
        Instr::PushExcInfo => {
            let e = pop!();
            let prev = vm.exc_info.replace(Some(e.clone()));
            push!(prev.unwrap_or_else(|| g.none.clone()));
            push!(e);
        }
        Instr::PopExcept => {
            let prev = pop!();
            let prev = if prev.is(&g.none) { None } else { Some(prev) };
            let old = vm.exc_info.replace(prev);
            drop(old);
        }
        Instr::CheckExcMatch => {
            let ty = pop!();
            let exc = top!();
            crate::objects::exceptions::check_except_type(vm, &ty)?;
            let m = vm.isinstance(&exc, &ty)?;
            push!(vm.bool(m));
        }
        Instr::CheckEgMatch => {
            let ty = pop!();
            let exc = pop!();
            crate::objects::exceptions::check_except_type(vm, &ty)?;
            let (rest, matched) = crate::objects::exceptions::exception_group_match(vm, &exc, &ty)?;
            push!(rest);
            if !matched.is(&g.none) {
                let old = vm.exc_info.replace(Some(matched.clone()));
                drop(old);
            }
            push!(matched);
        }
        Instr::PrepReraiseStar => {
            let list = pop!();
            let orig = pop!();
            let r = crate::objects::exceptions::prep_reraise_star(vm, &orig, &list)?;
            push!(r);
        }
        Instr::BeforeWith => {
            let mgr = pop!();
            let (enter, exit) = with_methods(vm, &mgr, "__enter__", "__exit__", false)?;
            push!(exit);
            let r = vm.call0(&enter)?;
            push!(r);
        }
        Instr::BeforeAsyncWith => {
            let mgr = pop!();
            let (enter, exit) = with_methods(vm, &mgr, "__aenter__", "__aexit__", true)?;
            push!(exit);
            let r = vm.call0(&enter)?;
            let aw = crate::objects::generator::get_awaitable(vm, &r, 1)?;
            push!(aw);
        }
        Instr::WithExceptStart => {
            let exc = peek!(1);
            let exit = peek!(4);
            let tb = crate::objects::exceptions::traceback_of(vm, &exc);
            let r = vm.call(&exit, &[exc.class(), exc, tb], &[])?;
            push!(r);
        }
        // The wrap is a marker the following YieldValue looks at.
        Instr::AsyncGenWrap => {}
        Instr::YieldValue => {
            let v = pop!();
            let delegated =
                !(*ip >= 2 && matches!(code.instructions[*ip - 2], Instr::AsyncGenWrap));
            return Err(Flow::Yield {
                value: v,
                delegated,
            });
        }
        Instr::Send(t) => {
            let v = pop!();
            let receiver = top!();
            match crate::objects::generator::send_to(vm, &receiver, v)? {
                crate::objects::generator::SendResult::Yield(y) => push!(y),
                crate::objects::generator::SendResult::Return(r) => {
                    drop(pop!());
                    push!(r);
                    *ip = t as usize;
                }
            }
        }
        Instr::GetYieldFromIter => {
            let o = pop!();
            let it = crate::objects::generator::yield_from_iter(vm, &o, code.flags)?;
            push!(it);
        }
        Instr::GetAwaitable(kind) => {
            let o = pop!();
            let aw = crate::objects::generator::get_awaitable(vm, &o, kind)?;
            push!(aw);
        }
        Instr::GetAIter => {
            let o = pop!();
            let it = crate::objects::generator::get_aiter(vm, &o)?;
            push!(it);
        }
        Instr::GetANext => {
            let it = top!();
            let aw = crate::objects::generator::get_anext(vm, &it)?;
            push!(aw);
        }
        Instr::EndAsyncFor => {
            let exc = pop!();
            if vm.isinstance_exact_or_sub(&exc, g.exc("StopAsyncIteration")) {
                drop(pop!());
            } else {
                return Err(Flow::Reraise(exc));
            }
        }
        Instr::ImportName(i) => {
            let fromlist = pop!();
            let level = pop!();
            let m =
                crate::modules::import_name(vm, frame, &code.names[i as usize], &fromlist, &level)?;
            push!(m);
        }
        Instr::ImportFrom(i) => {
            let m = top!();
            let v = crate::modules::import_from(vm, &m, &code.names[i as usize])?;
            push!(v);
        }
        Instr::ImportStar => {
            let m = pop!();
            let locals = frame
                .locals
                .clone()
                .unwrap_or_else(|| frame.globals.clone());
            crate::modules::import_star(vm, &m, &locals)?;
        }
        Instr::SetupAnnotations => {
            let locals = frame
                .locals
                .clone()
                .unwrap_or_else(|| frame.globals.clone());
            let key = vm.intern("__annotations__");
            if mapping_get(vm, &locals, &key)?.is_none() {
                vm.setitem(&locals, &key, vm.new_dict())?;
            }
        }
        Instr::PrintExpr => {
            let v = pop!();
            crate::modules::sys::displayhook(vm, v)?;
        }
        Instr::GetLen => {
            let o = top!();
            let n = vm.len(&o)?;
            push!(vm.new_int(n as i64));
        }
        Instr::MatchMapping => {
            let o = top!();
            let m = o.ty().has_flag(crate::typeobj::flags::MAPPING);
            push!(vm.bool(m));
        }
        Instr::MatchSequence => {
            let o = top!();
            let s = o.ty().has_flag(crate::typeobj::flags::SEQUENCE);
            push!(vm.bool(s));
        }
        Instr::MatchKeys => {
            let keys = top!();
            let subject = peek!(2);
            let r = crate::pattern::match_keys(vm, &subject, &keys)?;
            push!(r);
        }
        Instr::MatchClass(n) => {
            let names = pop!();
            let cls = pop!();
            let subject = pop!();
            let r = crate::pattern::match_class(vm, &subject, &cls, n as usize, &names)?;
            push!(r);
        }
        Instr::CopyDictWithoutKeys => {
            let keys = pop!();
            let subject = top!();
            let d = vm.new_dict();
            dict_merge(vm, &d, &subject, None)?;
            let dd = d.downcast::<Dict>().expect("dict");
            for k in keys.downcast::<Tuple>().expect("keys").items() {
                dd.del_item(vm, k)?;
            }
            push!(d);
        }
    }
    Ok(())
}

fn find_handler(code: &Code, at: usize) -> Option<terrarium_compiler::bytecode::ExceptionEntry> {
    let at = at as u32;
    code.exception_table
        .iter()
        .filter(|e| e.start <= at && at < e.end)
        .last()
        .copied()
}

/// For a call (stack as for `call_from_stack`) to a plain Python function
/// or a method of one, with exactly its positional parameters: the
/// function's new frame, with the arguments bound and popped, for the loop
/// to run in place.
#[inline(always)]
fn inline_call_frame(vm: &Vm, values: &mut FrameValues, argc: usize) -> Option<PyRef> {
    let (callable, nargs) = if values.peek(argc + 2).is(&vm.g.null) {
        (values.peek(argc + 1), argc)
    } else {
        (values.peek(argc + 2), argc + 1)
    };
    let frame = if callable.type_is(&vm.g.function) {
        simple_call_frame(vm, callable, None, values.top_slice(nargs))?
    } else if callable.type_is(&vm.g.method) {
        let m = callable.downcast::<BoundMethod>().expect("method");
        simple_call_frame(vm, &m.func, Some(&m.zelf), values.top_slice(nargs))?
    } else {
        return None;
    };
    let depth = values.depth();
    values.truncate(depth - argc - 2);
    Some(frame)
}

/// A new frame for calling `func` with `first` (if any) and `args`, if
/// `func` is a plain Python function (not a generator, no `*args`,
/// `**kwargs` or keyword-only parameters) taking exactly that many
/// positional arguments.
#[inline]
pub(crate) fn simple_call_frame(
    vm: &Vm,
    func: &PyRef,
    first: Option<&PyRef>,
    args: &[PyRef],
) -> Option<PyRef> {
    if !func.type_is(&vm.g.function) {
        return None;
    }
    // SAFETY: an exact function's payload is a `Function`.
    let f = unsafe { func.payload_unchecked::<Function>() };
    let code = f.code.downcast::<Code>().expect("code");
    let special = code_flags::GENERATOR
        | code_flags::COROUTINE
        | code_flags::ASYNC_GENERATOR
        | code_flags::VARARGS
        | code_flags::VARKEYWORDS;
    let nargs = args.len() + first.is_some() as usize;
    if code.flags & special != 0 || code.kwonlyargcount != 0 || code.argcount as usize != nargs {
        return None;
    }
    let frame = function_frame(vm, f);
    {
        let fr = frame.downcast::<Frame>().expect("frame");
        // SAFETY: the frame is new and not executing.
        let slots = unsafe { fr.fresh_slots() };
        for (slot, a) in slots.iter_mut().zip(first.into_iter().chain(args)) {
            *slot = Some(a.clone());
        }
        init_cells(vm, f, code, slots);
    }
    Some(frame)
}

/// Calls with `[NULL-or-method, callable-or-self, args...]` on top of the
/// stack, passing the arguments in place, then pops them.
#[inline(always)]
fn call_from_stack(vm: &Vm, values: &mut FrameValues, argc: usize, kwnames: &[PyRef]) -> PyResult {
    let depth = values.depth();
    let (callable, nargs) = if values.peek(argc + 2).is(&vm.g.null) {
        (values.peek(argc + 1).clone(), argc)
    } else {
        (values.peek(argc + 2).clone(), argc + 1)
    };
    let r = vm.call(&callable, values.top_slice(nargs), kwnames);
    values.truncate(depth - argc - 2);
    r
}

fn cell_at(frame: &Frame, code: &Code, i: u32) -> PyRef {
    frame
        .slot(code.nlocals() + i as usize)
        .expect("cell slot initialised")
}

fn deref_name(code: &Code, i: u32) -> &PyRef {
    let i = i as usize;
    if i < code.cellvars.len() {
        &code.cellvars[i]
    } else {
        &code.freevars[i - code.cellvars.len()]
    }
}

fn unbound_deref(vm: &Vm, code: &Code, i: u32) -> PyErr {
    let name = as_str(deref_name(code, i));
    if (i as usize) < code.cellvars.len() {
        vm.new_exc(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    } else {
        vm.new_exc(
            "NameError",
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    }
}

fn name_error(vm: &Vm, name: &PyRef) -> PyErr {
    let e = vm.new_exc(
        "NameError",
        format!("name '{}' is not defined", as_str(name)),
    );
    let _ = vm.setattr(&e.0, &vm.intern("name"), Some(name.clone()));
    e
}

fn mapping_get(vm: &Vm, m: &PyRef, key: &PyRef) -> PyResult<Option<PyRef>> {
    if m.type_is(&vm.g.dict) {
        let d = m.downcast::<Dict>().expect("dict");
        return Ok(d.get_str(as_str(key), vm.str_hash(key)));
    }
    match vm.getitem(m, key) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_matches(&e, "KeyError") => Ok(None),
        Err(e) => Err(e),
    }
}

pub(crate) fn load_global(vm: &Vm, frame: &Frame, name: &PyRef) -> PyResult {
    let h = vm.str_hash(name);
    let s = as_str(name);
    if let Some(v) = frame
        .globals
        .downcast::<Dict>()
        .and_then(|d| d.get_str(s, h))
    {
        return Ok(v);
    }
    let b = &frame.builtins;
    let found = match b.downcast::<Dict>() {
        Some(d) if b.type_is(&vm.g.dict) => d.get_str(s, h),
        _ => mapping_get(vm, b, name)?,
    };
    found.ok_or_else(|| name_error(vm, name))
}

/// The method-call fast path: an unbound function found on the type, with
/// no instance attribute shadowing it.
pub(crate) fn load_method(vm: &Vm, obj: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
    let ty = obj.ty();
    if ty.custom_getattribute() || obj.downcast::<crate::typeobj::TypeData>().is_some() {
        return Ok(None);
    }
    let Some(m) = crate::objects::typeobject::lookup_hashed(
        obj.type_obj_ref(),
        as_str(name),
        vm.str_hash(name),
    ) else {
        return Ok(None);
    };
    if !(m.type_is(&vm.g.function) || m.type_is(&vm.g.method_descriptor)) {
        return Ok(None);
    }
    if let Some(d) = crate::objects::object::instance_dict(obj) {
        if obj.extra().is_some() || obj.downcast::<crate::objects::module::Module>().is_some() {
            if d.downcast::<Dict>()
                .expect("dict")
                .get_str(as_str(name), vm.str_hash(name))
                .is_some()
            {
                return Ok(None);
            }
        }
    }
    Ok(Some(m))
}

/// How call errors name the callable (CPython's `_PyObject_FunctionStr`):
/// `module.qualname()`, without the module for builtins.
fn callable_name(vm: &Vm, f: &PyRef) -> String {
    let qualname = match vm.getattr_opt(f, &vm.intern("__qualname__")) {
        Ok(Some(n)) if n.downcast::<Str>().is_some() => as_str(&n).to_string(),
        _ => return format!("{} object", f.ty().name),
    };
    match vm.getattr_opt(f, &vm.intern("__module__")) {
        Ok(Some(m)) if m.downcast::<Str>().is_some() && as_str(&m) != "builtins" => {
            format!("{}.{qualname}()", as_str(&m))
        }
        _ => format!("{qualname}()"),
    }
}

fn make_function(
    vm: &Vm,
    frame: &Frame,
    code_obj: PyRef,
    defaults: Option<PyRef>,
    kwdefaults: Option<PyRef>,
    annotations: Option<PyRef>,
    closure: Option<PyRef>,
) -> PyRef {
    let c = code_obj.downcast::<Code>().expect("code");
    let doc = if c.flags & 0x1000_0000 == 0 {
        c.consts
            .first()
            .filter(|d| d.type_is(&vm.g.str_))
            .cloned()
            .unwrap_or_else(|| vm.none())
    } else {
        vm.none()
    };
    let module = frame
        .globals
        .downcast::<Dict>()
        .and_then(|d| d.get_str("__name__", crate::hashing::hash_str("__name__")))
        .unwrap_or_else(|| vm.none());
    alloc(
        &vm.g.function,
        Function {
            name: RefCell::new(c.name.clone()),
            qualname: RefCell::new(c.qualname.clone()),
            code: code_obj.clone(),
            globals: frame.globals.clone(),
            builtins: frame.builtins.clone(),
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            doc: RefCell::new(doc),
            dict: RefCell::new(None),
            annotations: RefCell::new(annotations),
            module: RefCell::new(module),
        },
    )
}

/// Merges mapping `m` into dict `d`; with `callable`, duplicate keys are
/// errors as for `f(**a, **b)`.
fn dict_merge(vm: &Vm, d: &PyRef, m: &PyRef, callable: Option<&PyRef>) -> PyResult<()> {
    let dd = d.downcast::<Dict>().expect("dict");
    let pairs: Vec<(PyRef, PyRef)> =
        if let (Some(src), true) = (m.downcast::<Dict>(), m.type_is(&vm.g.dict)) {
            src.items()
        } else {
            let keys = match vm.getattr_opt(m, &vm.intern("keys"))? {
                Some(k) => k,
                None => {
                    return Err(vm.type_error(match callable {
                        Some(f) => format!(
                            "{} argument after ** must be a mapping, not {}",
                            callable_name(vm, f),
                            m.ty().name
                        ),
                        None => format!("'{}' object is not a mapping", m.ty().name),
                    }));
                }
            };
            let ks = vm.call0(&keys)?;
            let mut out = Vec::new();
            for k in vm.to_vec(&ks)? {
                let v = vm.getitem(m, &k)?;
                out.push((k, v));
            }
            out
        };
    for (k, v) in pairs {
        if let Some(f) = callable {
            if k.downcast::<Str>().is_none() {
                return Err(vm.type_error("keywords must be strings"));
            }
            if dd.contains(vm, &k)? {
                return Err(vm.type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    callable_name(vm, f),
                    as_str(&k)
                )));
            }
        }
        dd.set_item(vm, k, v)?;
    }
    Ok(())
}

fn unpack(vm: &Vm, seq: &PyRef, before: usize, after: Option<usize>) -> PyResult<Vec<PyRef>> {
    let items = if seq.type_is(&vm.g.tuple) || seq.type_is(&vm.g.list) {
        vm.to_vec(seq)?
    } else {
        let it = match vm.iter(seq) {
            Ok(it) => it,
            Err(e) if vm.err_matches(&e, "TypeError") => {
                return Err(vm.type_error(format!(
                    "cannot unpack non-iterable {} object",
                    seq.ty().name
                )));
            }
            Err(e) => return Err(e),
        };
        let mut v = Vec::new();
        while let Some(x) = vm.next(&it)? {
            v.push(x);
            if after.is_none() && v.len() > before {
                break;
            }
        }
        v
    };
    match after {
        None => {
            if items.len() < before {
                return Err(vm.value_error(format!(
                    "not enough values to unpack (expected {before}, got {})",
                    items.len()
                )));
            }
            if items.len() > before {
                return Err(
                    vm.value_error(format!("too many values to unpack (expected {before})"))
                );
            }
            Ok(items)
        }
        Some(after) => {
            if items.len() < before + after {
                return Err(vm.value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    before + after,
                    items.len()
                )));
            }
            let mut items = items;
            let tail = items.split_off(items.len() - after);
            let mid = items.split_off(before);
            items.push(vm.new_list(mid));
            items.extend(tail);
            Ok(items)
        }
    }
}

fn with_methods(
    vm: &Vm,
    mgr: &PyRef,
    enter: &str,
    exit: &str,
    is_async: bool,
) -> PyResult<(PyRef, PyRef)> {
    let ty = mgr.type_obj_ref();
    let e = lookup(ty, enter);
    let x = lookup(ty, exit);
    let proto = if is_async {
        "asynchronous context manager"
    } else {
        "context manager"
    };
    let Some(e) = e else {
        return Err(vm.type_error(format!(
            "'{}' object does not support the {proto} protocol",
            mgr.ty().name
        )));
    };
    let Some(x) = x else {
        return Err(vm.type_error(format!(
            "'{}' object does not support the {proto} protocol (missed {exit} method)",
            mgr.ty().name
        )));
    };
    let e = vm.descr_get(&e, Some(mgr), &mgr.class())?;
    let x = vm.descr_get(&x, Some(mgr), &mgr.class())?;
    Ok((e, x))
}
