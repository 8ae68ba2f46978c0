//! Generators, coroutines and async generators: a suspended frame plus the
//! send/throw/close protocol, and the awaitables that drive async
//! generators (`asend`, `athrow`, `aclose`, `__anext__`).

use std::cell::{Cell, RefCell};

use terrarium_compiler::bytecode::{Instr, code_flags};

use crate::error::{PyErr, PyResult};
use crate::eval::{Exit, Resume, run_frame};
use crate::globals::Globals;
use crate::object::{Payload, PyRef, alloc};
use crate::objects::code::Code;
use crate::objects::frame::Frame;
use crate::objects::function::Function;
use crate::objects::native::Args;
use crate::objects::str::as_str;
use crate::objects::typeobject::lookup;
use crate::objects::{add_getset, add_method};
use crate::vm::Vm;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct Generator {
    pub kind: GenKind,
    pub frame: PyRef,
    pub name: RefCell<PyRef>,
    pub qualname: RefCell<PyRef>,
    pub running: Cell<bool>,
    pub started: Cell<bool>,
    pub finished: Cell<bool>,
    /// The exception being handled inside the generator while suspended.
    pub exc_state: RefCell<Option<PyRef>>,
    /// `ag_running`: an asend/athrow awaitable is in progress.
    pub ag_running: Cell<bool>,
}

impl Payload for Generator {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.frame);
        visit(&self.name.borrow());
        visit(&self.qualname.borrow());
        if let Some(e) = self.exc_state.borrow().as_ref() {
            visit(e);
        }
    }
    fn clear(&self) {
        // Its frame is being cleared too (nothing else references it), so
        // the generator can never run again, as CPython's `gi_frame = None`.
        self.finished.set(true);
        let e = self.exc_state.borrow_mut().take();
        drop(e);
    }
}

pub fn new_generator(vm: &Vm, frame: PyRef, f: &Function) -> PyRef {
    let code = f.code.downcast::<Code>().expect("code");
    let (kind, ty) = if code.flags & code_flags::COROUTINE != 0 {
        (GenKind::Coroutine, &vm.g.coroutine)
    } else if code.flags & code_flags::ASYNC_GENERATOR != 0 {
        (GenKind::AsyncGenerator, &vm.g.async_generator)
    } else {
        (GenKind::Generator, &vm.g.generator)
    };
    alloc(
        ty,
        Generator {
            kind,
            frame,
            name: RefCell::new(f.name.borrow().clone()),
            qualname: RefCell::new(f.qualname.borrow().clone()),
            running: Cell::new(false),
            started: Cell::new(false),
            finished: Cell::new(false),
            exc_state: RefCell::new(None),
            ag_running: Cell::new(false),
        },
    )
}

/// What one resumption produced.
pub enum Step {
    Yield { value: PyRef, delegated: bool },
    Return(PyRef),
}

fn kind_name(k: GenKind) -> &'static str {
    match k {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}

/// Resumes the generator's frame.
pub fn resume(vm: &Vm, generator: &Generator, how: Resume) -> PyResult<Step> {
    if generator.running.get() {
        return Err(vm.value_error(format!("{} already executing", kind_name(generator.kind))));
    }
    if generator.finished.get() {
        if let Resume::Throw(e) = how {
            return Err(e);
        }
        return Err(match generator.kind {
            GenKind::Coroutine => vm.runtime_error("cannot reuse already awaited coroutine"),
            GenKind::AsyncGenerator => {
                vm.new_exc_args(&vm.g.exc("StopAsyncIteration").clone(), Vec::new())
            }
            GenKind::Generator => vm.stop_iteration(None),
        });
    }
    let how = if !generator.started.get() {
        match how {
            Resume::Send(v) if !vm.is_none(&v) => {
                return Err(vm.type_error(format!(
                    "can't send non-None value to a just-started {}",
                    kind_name(generator.kind)
                )));
            }
            Resume::Send(_) | Resume::Start => Resume::Start,
            other => other,
        }
    } else {
        how
    };
    generator.started.set(true);
    generator.running.set(true);
    let caller_exc = vm.exc_info.borrow().clone();
    let mine = generator.exc_state.borrow_mut().take();
    if mine.is_some() {
        *vm.exc_info.borrow_mut() = mine;
    }
    let r = run_frame(vm, &generator.frame, how);
    let now = vm.exc_info.replace(caller_exc.clone());
    let same = match (&now, &caller_exc) {
        (Some(a), Some(b)) => a.is(b),
        (None, None) => true,
        _ => false,
    };
    *generator.exc_state.borrow_mut() = if same { None } else { now };
    generator.running.set(false);
    match r {
        Ok(Exit::Yield { value, delegated }) => Ok(Step::Yield { value, delegated }),
        Ok(Exit::Return(v)) => {
            generator.finished.set(true);
            Ok(Step::Return(v))
        }
        Err(e) => {
            generator.finished.set(true);
            let stop = vm.err_matches(&e, "StopIteration");
            let stop_async = generator.kind == GenKind::AsyncGenerator
                && vm.err_matches(&e, "StopAsyncIteration");
            if stop || stop_async {
                let what = if stop {
                    "StopIteration"
                } else {
                    "StopAsyncIteration"
                };
                let new = vm.runtime_error(format!("{} raised {what}", kind_name(generator.kind)));
                let ne = new
                    .0
                    .downcast::<crate::objects::exceptions::BaseExc>()
                    .expect("exc");
                *ne.cause.borrow_mut() = Some(e.0.clone());
                *ne.context.borrow_mut() = Some(e.0.clone());
                ne.suppress_context.set(true);
                return Err(new);
            }
            Err(e)
        }
    }
}

fn gen_of(o: &PyRef) -> &Generator {
    o.downcast::<Generator>().expect("generator")
}

/// The sub-iterator a suspended generator is delegating to (yield from /
/// await), if any.
fn delegate(generator: &Generator) -> Option<PyRef> {
    if !generator.started.get() || generator.finished.get() {
        return None;
    }
    let f = generator.frame.downcast::<Frame>().expect("frame");
    let code = f.code();
    let at = f.lasti.get();
    if at >= 1
        && matches!(code.instructions.get(at), Some(Instr::YieldValue))
        && matches!(code.instructions[at - 1], Instr::Send(_))
    {
        f.suspended_top()
    } else {
        None
    }
}

/// A sub-iterator returned `v` during throw(): drop it from the stack and
/// continue after the `Send` loop with `v` as the result.
fn finish_delegation(vm: &Vm, generator: &Generator, v: PyRef) -> PyResult<Step> {
    let f = generator.frame.downcast::<Frame>().expect("frame");
    let receiver = f.pop_suspended();
    drop(receiver);
    f.lasti.set(f.lasti.get() + 1);
    resume(vm, generator, Resume::Send(v))
}

pub fn gen_throw(vm: &Vm, g: &Generator, exc: PyErr) -> PyResult<Step> {
    if let Some(sub) = delegate(g) {
        let is_exit = vm.err_matches(&exc, "GeneratorExit");
        if is_exit {
            g.running.set(true);
            let r = close_iter(vm, &sub);
            g.running.set(false);
            if let Err(e) = r {
                return resume(vm, g, Resume::Throw(e));
            }
            return resume(vm, g, Resume::Throw(exc));
        }
        let r = if let Some(sg) = sub.downcast::<Generator>() {
            g.running.set(true);
            let r = gen_throw(vm, sg, exc);
            g.running.set(false);
            match r {
                Ok(Step::Yield { value, delegated }) => {
                    return Ok(Step::Yield {
                        value,
                        delegated: delegated || g.kind != GenKind::AsyncGenerator,
                    });
                }
                Ok(Step::Return(v)) => Ok(v),
                Err(e) => Err(e),
            }
        } else {
            match vm.getattr_opt(&sub, &vm.intern("throw"))? {
                None => return resume(vm, g, Resume::Throw(exc)),
                Some(t) => {
                    g.running.set(true);
                    let r = vm.call(&t, &[exc.0.clone()], &[]);
                    g.running.set(false);
                    match r {
                        Ok(y) => {
                            return Ok(Step::Yield {
                                value: y,
                                delegated: true,
                            });
                        }
                        Err(e) if vm.err_matches(&e, "StopIteration") => Ok(stop_value(vm, &e)),
                        Err(e) => Err(e),
                    }
                }
            }
        };
        return match r {
            Ok(v) => finish_delegation(vm, g, v),
            Err(e) => resume(vm, g, Resume::Throw(e)),
        };
    }
    resume(vm, g, Resume::Throw(exc))
}

fn close_iter(vm: &Vm, it: &PyRef) -> PyResult<()> {
    if let Some(g) = it.downcast::<Generator>() {
        return gen_close(vm, g);
    }
    if let Some(c) = vm.getattr_opt(it, &vm.intern("close"))? {
        vm.call0(&c)?;
    }
    Ok(())
}

pub fn gen_close(vm: &Vm, g: &Generator) -> PyResult<()> {
    if !g.started.get() || g.finished.get() {
        g.finished.set(true);
        return Ok(());
    }
    let exit = vm.new_exc_args(&vm.g.exc("GeneratorExit").clone(), Vec::new());
    match gen_throw(vm, g, exit) {
        Ok(Step::Yield { delegated, .. }) if !(g.kind == GenKind::AsyncGenerator && delegated) => {
            Err(vm.runtime_error(format!("{} ignored GeneratorExit", kind_name(g.kind))))
        }
        Ok(Step::Yield { .. }) => Err(vm.runtime_error("async generator ignored GeneratorExit")),
        Ok(Step::Return(_)) => Ok(()),
        Err(e) if vm.err_matches(&e, "GeneratorExit") || vm.err_matches(&e, "StopIteration") => {
            Ok(())
        }
        Err(e) if g.kind == GenKind::AsyncGenerator && vm.err_matches(&e, "StopAsyncIteration") => {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

pub fn stop_value(vm: &Vm, e: &PyErr) -> PyRef {
    vm.getattr_opt(&e.0, &vm.intern("value"))
        .ok()
        .flatten()
        .unwrap_or_else(|| vm.none())
}

/// Normalizes throw()'s (type, value, traceback) arguments.
fn throw_args(vm: &Vm, a: &[PyRef]) -> PyResult<PyErr> {
    let Some(typ) = a.first() else {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    };
    if a.len() > 3 {
        return Err(vm.type_error(format!(
            "throw expected at most 3 arguments, got {}",
            a.len()
        )));
    }
    let val = a.get(1).filter(|v| !vm.is_none(v));
    let tb = a.get(2).filter(|v| !vm.is_none(v));
    if let Some(tb) = tb {
        if !tb.type_is(&vm.g.traceback) {
            return Err(vm.type_error("throw() third argument must be a traceback object"));
        }
    }
    let e = if typ.downcast::<crate::typeobj::TypeData>().is_some() {
        if !crate::objects::typeobject::is_subtype(typ, vm.g.exc("BaseException")) {
            return Err(vm.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                typ.ty().name
            )));
        }
        match val {
            Some(v) if vm.isinstance_exact_or_sub(v, typ) => v.clone(),
            Some(v) if v.type_is(&vm.g.tuple) => vm.call(typ, &vm.to_vec(v)?, &[])?,
            Some(v) => vm.call1(typ, v.clone())?,
            None => vm.call0(typ)?,
        }
    } else if typ
        .downcast::<crate::objects::exceptions::BaseExc>()
        .is_some()
    {
        if val.is_some() {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        typ.clone()
    } else {
        return Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            typ.ty().name
        )));
    };
    if let Some(tb) = tb {
        vm.setattr(&e, &vm.intern("__traceback__"), Some(tb.clone()))?;
    }
    Ok(PyErr(e))
}

fn step_to_result(vm: &Vm, s: Step) -> PyResult {
    match s {
        Step::Yield { value, .. } => Ok(value),
        Step::Return(v) => Err(vm.stop_iteration(if vm.is_none(&v) { None } else { Some(v) })),
    }
}

fn gen_send_m(vm: &Vm, a: Args) -> PyResult {
    let name = format!("{}.send", a.zelf().ty().name);
    let pos = a.check_pos(vm, &name, 1, 1, 1)?;
    let s = resume(vm, gen_of(a.zelf()), Resume::Send(pos[0].clone()))?;
    step_to_result(vm, s)
}

fn gen_next(vm: &Vm, a: Args) -> PyResult {
    let s = resume(vm, gen_of(a.zelf()), Resume::Send(vm.none()))?;
    step_to_result(vm, s)
}

fn gen_throw_m(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "throw", 1, 1, 3)?;
    let e = throw_args(vm, pos)?;
    let s = gen_throw(vm, gen_of(a.zelf()), e)?;
    step_to_result(vm, s)
}

fn gen_close_m(vm: &Vm, a: Args) -> PyResult {
    gen_close(vm, gen_of(a.zelf()))?;
    Ok(vm.none())
}

fn gen_repr(vm: &Vm, a: Args) -> PyResult {
    let g = gen_of(a.zelf());
    Ok(vm.new_str(format!(
        "<{} object {} at {:#x}>",
        a.zelf().ty().name,
        as_str(&g.qualname.borrow()),
        a.zelf().id()
    )))
}

fn finalize_generator(o: &PyRef) {
    let Some(g) = o.downcast::<Generator>() else {
        return;
    };
    if !g.started.get() || g.finished.get() {
        return;
    }
    crate::vm::with_current(|vm| {
        if let Err(e) = gen_close(vm, g) {
            crate::modules::sys::write_unraisable(vm, &e, Some("Exception ignored in"), Some(o));
        }
    });
}

// ---- driving sub-iterators (Send, yield from, await) -----------------------------------

pub enum SendResult {
    Yield(PyRef),
    Return(PyRef),
}

/// One step of `yield from` / `await`: sends `v` into `receiver`.
pub fn send_to(vm: &Vm, receiver: &PyRef, v: PyRef) -> PyResult<SendResult> {
    if let Some(g) = receiver.downcast::<Generator>() {
        if receiver.type_is(&vm.g.generator) || receiver.type_is(&vm.g.coroutine) {
            return match resume(vm, g, Resume::Send(v))? {
                Step::Yield { value, .. } => Ok(SendResult::Yield(value)),
                Step::Return(r) => Ok(SendResult::Return(r)),
            };
        }
    }
    if let Some(w) = receiver.downcast::<CoroWrapper>() {
        return send_to(vm, &w.coro, v);
    }
    // `__next__` is called directly: the StopIteration's value is the
    // result of the delegation, which `vm.next` would drop.
    let r = if vm.is_none(&v) {
        match lookup(receiver.type_obj_ref(), "__next__") {
            Some(f) => vm.call_descr(&f, receiver, &[]),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object is not an iterator",
                    receiver.ty().name
                )));
            }
        }
    } else {
        vm.call_method(receiver, "send", &[v])
    };
    match r {
        Ok(y) => Ok(SendResult::Yield(y)),
        Err(e) if vm.err_matches(&e, "StopIteration") => Ok(SendResult::Return(stop_value(vm, &e))),
        Err(e) => Err(e),
    }
}

pub fn yield_from_iter(vm: &Vm, o: &PyRef, flags: u32) -> PyResult {
    if o.type_is(&vm.g.coroutine) {
        if flags & (code_flags::COROUTINE | code_flags::ITERABLE_COROUTINE) == 0 {
            return Err(vm.type_error(
                "cannot 'yield from' a coroutine object in a non-coroutine generator",
            ));
        }
        return Ok(o.clone());
    }
    if o.type_is(&vm.g.generator) {
        return Ok(o.clone());
    }
    vm.iter(o)
}

pub fn get_awaitable(vm: &Vm, o: &PyRef, kind: u32) -> PyResult {
    if o.type_is(&vm.g.coroutine) {
        if delegate(gen_of(o)).is_some() {
            return Err(vm.runtime_error("coroutine is being awaited already"));
        }
        return Ok(o.clone());
    }
    if o.type_is(&vm.g.generator) {
        let f = gen_of(o).frame.downcast::<Frame>().expect("frame");
        if f.code().flags & code_flags::ITERABLE_COROUTINE != 0 {
            return Ok(o.clone());
        }
    }
    let no_await = || {
        vm.type_error(match kind {
            1 => format!("'async with' received an object from __aenter__ that does not implement __await__: {}", o.ty().name),
            2 => format!("'async with' received an object from __aexit__ that does not implement __await__: {}", o.ty().name),
            _ => format!("object {} can't be used in 'await' expression", o.ty().name),
        })
    };
    let Some(aw) = lookup(o.type_obj_ref(), "__await__") else {
        return Err(no_await());
    };
    let it = vm.call_descr(&aw, o, &[])?;
    if it.type_is(&vm.g.coroutine) {
        return Err(vm.type_error("__await__() returned a coroutine"));
    }
    if lookup(it.type_obj_ref(), "__next__").is_none() {
        return Err(vm.type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            it.ty().name
        )));
    }
    Ok(it)
}

pub fn get_aiter(vm: &Vm, o: &PyRef) -> PyResult {
    let Some(f) = lookup(o.type_obj_ref(), "__aiter__") else {
        return Err(vm.type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            o.ty().name
        )));
    };
    let it = vm.call_descr(&f, o, &[])?;
    if lookup(it.type_obj_ref(), "__anext__").is_none() {
        return Err(vm.type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            it.ty().name
        )));
    }
    Ok(it)
}

pub fn get_anext(vm: &Vm, it: &PyRef) -> PyResult {
    if it.type_is(&vm.g.async_generator) {
        return Ok(new_step(vm, it.clone(), StepMode::Send(vm.none())));
    }
    let Some(f) = lookup(it.type_obj_ref(), "__anext__") else {
        return Err(vm.type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            it.ty().name
        )));
    };
    let r = vm.call_descr(&f, it, &[])?;
    get_awaitable(vm, &r, 0).map_err(|_| {
        vm.type_error(format!(
            "'async for' received an invalid object from __anext__: {}",
            r.ty().name
        ))
    })
}

// ---- coroutine wrapper (coro.__await__()) ----------------------------------------------

pub struct CoroWrapper {
    pub coro: PyRef,
}

impl Payload for CoroWrapper {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.coro);
    }
}

fn wrapped(a: &Args<'_>) -> PyRef {
    a.zelf()
        .downcast::<CoroWrapper>()
        .expect("wrapper")
        .coro
        .clone()
}

// ---- async generator steps -------------------------------------------------------------

#[derive(Clone)]
pub enum StepMode {
    Send(PyRef),
    Throw(PyRef),
    Close,
}

pub struct AsyncGenStep {
    pub generator: PyRef,
    pub mode: RefCell<StepMode>,
    pub state: Cell<u8>,
}

const STEP_INIT: u8 = 0;
const STEP_ITER: u8 = 1;
const STEP_DONE: u8 = 2;

impl Payload for AsyncGenStep {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.generator);
        match &*self.mode.borrow() {
            StepMode::Send(v) | StepMode::Throw(v) => visit(v),
            StepMode::Close => {}
        }
    }
}

fn new_step(vm: &Vm, generator: PyRef, mode: StepMode) -> PyRef {
    alloc(
        &vm.g.async_gen_asend,
        AsyncGenStep {
            generator,
            mode: RefCell::new(mode),
            state: Cell::new(STEP_INIT),
        },
    )
}

/// Runs one step of an asend/athrow/aclose awaitable.
fn step_send(vm: &Vm, s: &AsyncGenStep, v: Option<PyRef>, throw: Option<PyErr>) -> PyResult {
    if s.state.get() == STEP_DONE {
        return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let g = gen_of(&s.generator);
    let mode = s.mode.borrow().clone();
    let first = s.state.get() == STEP_INIT;
    s.state.set(STEP_ITER);
    let r = if let Some(e) = throw {
        gen_throw(vm, g, e)
    } else if first {
        match &mode {
            StepMode::Send(init) => {
                let val = match v {
                    Some(v) if !vm.is_none(&v) => v,
                    _ => init.clone(),
                };
                if g.finished.get() {
                    s.state.set(STEP_DONE);
                    return Err(
                        vm.new_exc_args(&vm.g.exc("StopAsyncIteration").clone(), Vec::new())
                    );
                }
                resume(vm, g, Resume::Send(val))
            }
            StepMode::Throw(e) => {
                if g.finished.get() {
                    s.state.set(STEP_DONE);
                    return Err(
                        vm.new_exc_args(&vm.g.exc("StopAsyncIteration").clone(), Vec::new())
                    );
                }
                let e = throw_args(vm, &[e.clone()])?;
                gen_throw(vm, g, e)
            }
            StepMode::Close => {
                if !g.started.get() || g.finished.get() {
                    g.finished.set(true);
                    s.state.set(STEP_DONE);
                    return Err(vm.stop_iteration(None));
                }
                let exit = vm.new_exc_args(&vm.g.exc("GeneratorExit").clone(), Vec::new());
                gen_throw(vm, g, exit)
            }
        }
    } else {
        resume(vm, g, Resume::Send(v.unwrap_or_else(|| vm.none())))
    };
    let closing = matches!(mode, StepMode::Close);
    match r {
        Ok(Step::Yield {
            value,
            delegated: true,
        }) => Ok(value),
        Ok(Step::Yield { value, .. }) => {
            s.state.set(STEP_DONE);
            if closing {
                return Err(vm.runtime_error("async generator ignored GeneratorExit"));
            }
            Err(vm.stop_iteration(Some(value)))
        }
        Ok(Step::Return(_)) => {
            s.state.set(STEP_DONE);
            if closing {
                return Err(vm.stop_iteration(None));
            }
            Err(vm.new_exc_args(&vm.g.exc("StopAsyncIteration").clone(), Vec::new()))
        }
        Err(e) => {
            s.state.set(STEP_DONE);
            if closing
                && (vm.err_matches(&e, "StopAsyncIteration") || vm.err_matches(&e, "GeneratorExit"))
            {
                return Err(vm.stop_iteration(None));
            }
            Err(e)
        }
    }
}

fn step_of<'a>(a: &Args<'a>) -> &'a AsyncGenStep {
    a.zelf().downcast::<AsyncGenStep>().expect("async step")
}

/// `gi_frame` and friends: the frame, until the generator finishes.
fn gen_frame(vm: &Vm, o: &PyRef) -> PyResult {
    let g = gen_of(o);
    Ok(if g.finished.get() {
        vm.none()
    } else {
        g.frame.clone()
    })
}

fn gen_code(g: &Generator) -> PyRef {
    g.frame.downcast::<Frame>().expect("frame").code.clone()
}

fn gen_suspended(vm: &Vm, o: &PyRef) -> PyResult {
    let g = gen_of(o);
    Ok(vm.bool(g.started.get() && !g.finished.get() && !g.running.get()))
}

pub fn fill(g: &Globals) {
    for t in [&g.generator, &g.coroutine, &g.async_generator] {
        add_method(g, t, "__repr__", signature!("($self, /)"), gen_repr);
        add_getset(
            g,
            t,
            "__name__",
            |_vm, o| Ok(gen_of(o).name.borrow().clone()),
            Some(|vm, o, v| {
                let v = v
                    .filter(|x| x.type_is(&vm.g.str_))
                    .ok_or_else(|| vm.type_error("__name__ must be set to a string object"))?;
                *gen_of(o).name.borrow_mut() = v;
                Ok(())
            }),
        );
        add_getset(
            g,
            t,
            "__qualname__",
            |_vm, o| Ok(gen_of(o).qualname.borrow().clone()),
            Some(|vm, o, v| {
                let v = v
                    .filter(|x| x.type_is(&vm.g.str_))
                    .ok_or_else(|| vm.type_error("__qualname__ must be set to a string object"))?;
                *gen_of(o).qualname.borrow_mut() = v;
                Ok(())
            }),
        );
        t.downcast::<crate::typeobj::TypeData>()
            .expect("type")
            .set_finalizer(Some(finalize_generator));
    }
    let generator = &g.generator;
    add_method(
        g,
        generator,
        "__iter__",
        signature!("($self, /)"),
        |_vm, a| Ok(a.zelf().clone()),
    );
    add_method(g, generator, "__next__", signature!("($self, /)"), gen_next);
    add_method(
        g,
        generator,
        "send",
        signature!(hidden "($self, arg, /)"),
        gen_send_m,
    );
    add_method(
        g,
        generator,
        "throw",
        signature!(hidden "($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)"),
        gen_throw_m,
    );
    add_method(
        g,
        generator,
        "close",
        signature!(hidden "($self, /)"),
        gen_close_m,
    );

    let co = &g.coroutine;
    add_method(
        g,
        co,
        "send",
        signature!(hidden "($self, arg, /)"),
        gen_send_m,
    );
    add_method(
        g,
        co,
        "throw",
        signature!(hidden "($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)"),
        gen_throw_m,
    );
    add_method(g, co, "close", signature!(hidden "($self, /)"), gen_close_m);
    add_method(g, co, "__await__", signature!("($self, /)"), |vm, a| {
        Ok(alloc(
            &vm.g.coroutine_wrapper,
            CoroWrapper {
                coro: a.zelf().clone(),
            },
        ))
    });
    let w = &g.coroutine_wrapper;
    add_method(g, w, "__iter__", signature!("($self, /)"), |_vm, a| {
        Ok(a.zelf().clone())
    });
    add_method(g, w, "__next__", signature!("($self, /)"), |vm, a| {
        let c = wrapped(&a);
        let s = resume(vm, gen_of(&c), Resume::Send(vm.none()))?;
        step_to_result(vm, s)
    });
    add_method(
        g,
        w,
        "send",
        signature!(hidden "($self, arg, /)"),
        |vm, a| {
            let v = a.check_pos(vm, "coroutine_wrapper.send", 1, 1, 1)?[0].clone();
            let c = wrapped(&a);
            let s = resume(vm, gen_of(&c), Resume::Send(v))?;
            step_to_result(vm, s)
        },
    );
    add_method(
        g,
        w,
        "throw",
        signature!(hidden "($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)"),
        |vm, a| {
            let c = wrapped(&a);
            let e = throw_args(vm, &a.args[1..])?;
            let s = gen_throw(vm, gen_of(&c), e)?;
            step_to_result(vm, s)
        },
    );
    add_method(g, w, "close", signature!(hidden "($self, /)"), |vm, a| {
        let c = wrapped(&a);
        gen_close(vm, gen_of(&c))?;
        Ok(vm.none())
    });

    let ag = &g.async_generator;
    add_method(g, ag, "__aiter__", signature!("($self, /)"), |_vm, a| {
        Ok(a.zelf().clone())
    });
    add_method(g, ag, "__anext__", signature!("($self, /)"), |vm, a| {
        Ok(new_step(vm, a.zelf().clone(), StepMode::Send(vm.none())))
    });
    add_method(
        g,
        ag,
        "asend",
        signature!(hidden "($self, v, /)"),
        |vm, a| {
            let pos = a.check_pos(vm, "async_generator.asend", 1, 1, 1)?;
            Ok(new_step(
                vm,
                a.zelf().clone(),
                StepMode::Send(pos[0].clone()),
            ))
        },
    );
    add_method(
        g,
        ag,
        "athrow",
        signature!(hidden "($self, *args)"),
        |vm, a| {
            let pos = a.check_pos(vm, "athrow", 1, 1, 3)?;
            let e = throw_args(vm, pos)?;
            Ok(new_step(vm, a.zelf().clone(), StepMode::Throw(e.0)))
        },
    );
    add_method(g, ag, "aclose", signature!(hidden "($self, /)"), |vm, a| {
        Ok(new_step(vm, a.zelf().clone(), StepMode::Close))
    });
    // The introspection attributes, named with each kind's prefix.
    let kinds: [(&PyRef, [&'static str; 4], Option<&'static str>); 3] = [
        (
            &g.generator,
            ["gi_frame", "gi_running", "gi_code", "gi_yieldfrom"],
            Some("gi_suspended"),
        ),
        (
            &g.coroutine,
            ["cr_frame", "cr_running", "cr_code", "cr_await"],
            Some("cr_suspended"),
        ),
        (
            &g.async_generator,
            ["ag_frame", "ag_running", "ag_code", "ag_await"],
            None,
        ),
    ];
    for (ty, [frame, running, code, awaiting], suspended) in kinds {
        add_getset(g, ty, frame, gen_frame, None);
        add_getset(
            g,
            ty,
            running,
            |vm, o| Ok(vm.bool(gen_of(o).running.get())),
            None,
        );
        add_getset(g, ty, code, |_vm, o| Ok(gen_code(gen_of(o))), None);
        add_getset(
            g,
            ty,
            awaiting,
            |vm, o| Ok(delegate(gen_of(o)).unwrap_or_else(|| vm.none())),
            None,
        );
        if let Some(name) = suspended {
            add_getset(g, ty, name, gen_suspended, None);
        }
    }

    let st = &g.async_gen_asend;
    add_method(g, st, "__await__", signature!("($self, /)"), |_vm, a| {
        Ok(a.zelf().clone())
    });
    add_method(g, st, "__iter__", signature!("($self, /)"), |_vm, a| {
        Ok(a.zelf().clone())
    });
    add_method(g, st, "__next__", signature!("($self, /)"), |vm, a| {
        step_send(vm, step_of(&a), None, None)
    });
    add_method(
        g,
        st,
        "send",
        signature!(hidden "($self, arg, /)"),
        |vm, a| {
            let v = a.check_pos(vm, "async_generator_asend.send", 1, 1, 1)?[0].clone();
            step_send(vm, step_of(&a), Some(v), None)
        },
    );
    add_method(
        g,
        st,
        "throw",
        signature!(hidden "($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)"),
        |vm, a| {
            let e = throw_args(vm, &a.args[1..])?;
            step_send(vm, step_of(&a), None, Some(e))
        },
    );
    add_method(g, st, "close", signature!(hidden "($self, /)"), |vm, a| {
        step_of(&a).state.set(STEP_DONE);
        Ok(vm.none())
    });
}
