//! `frame`: an activation of a code object: fast locals, cells, the value
//! stack and the instruction pointer.
//!
//! The interpreter mutates the slots and the stack through raw pointers (see
//! `eval.rs`) while introspection (`f_locals`, tracebacks) reads them between
//! instructions; both happen on the context's thread, and no reference into
//! the vectors is held across a call into Python code.

use std::cell::{Cell, RefCell, UnsafeCell};

use crate::error::PyResult;
use crate::globals::Globals;
use crate::object::{Header, Payload, PyRef, alloc_untracked};
use crate::objects::add_getset;
use crate::objects::code::Code;
use crate::objects::dict::Dict;
use crate::objects::function::CellObj;
use crate::vm::Vm;
use std::ptr::NonNull;

pub struct Frame {
    pub code: PyRef,
    pub globals: PyRef,
    pub builtins: PyRef,
    /// The locals mapping of module and class bodies (and exec/eval).
    pub locals: Option<PyRef>,
    /// The fast locals, cells and free variables (`nslots` of them), then
    /// the value stack. Every entry above the stack's top is `None`.
    values: UnsafeCell<Box<[Option<PyRef>]>>,
    nslots: usize,
    /// Number of values on the stack while the frame is suspended (the
    /// interpreter keeps its own stack pointer while it runs).
    pub depth: Cell<usize>,
    /// Index of the instruction being (or last) executed.
    pub lasti: Cell<usize>,
    /// The frame that was current when this one started or resumed, not
    /// owned: set only while this frame runs, when that frame is running
    /// below it. Read it with `back()`.
    pub(crate) back: Cell<Option<NonNull<Header>>>,
    pub executing: Cell<bool>,
    /// Set when the frame returned or raised: it can no longer run.
    pub finished: Cell<bool>,
    /// `f_locals` snapshot dict for optimized frames, kept so identity holds.
    pub locals_snapshot: RefCell<Option<PyRef>>,
    pub trace: RefCell<Option<PyRef>>,
}

impl Payload for Frame {
    const GC: bool = true;
    const RECYCLE: Option<unsafe fn(NonNull<Header>) -> bool> = Some(recycle);
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.code);
        visit(&self.globals);
        visit(&self.builtins);
        if let Some(l) = &self.locals {
            visit(l);
        }
        if !self.executing.get() {
            // SAFETY: a suspended or finished frame is not being mutated.
            for v in unsafe { (*self.values.get()).iter().flatten() } {
                visit(v);
            }
        }
        if let Some(b) = self.locals_snapshot.borrow().as_ref() {
            visit(b);
        }
    }
    fn clear(&self) {
        if !self.executing.get() {
            // SAFETY: as in traverse. The values are moved out before they
            // are dropped, since destructors may look at the frame.
            let values: Vec<PyRef> = unsafe { (*self.values.get()).iter_mut() }
                .filter_map(Option::take)
                .collect();
            self.depth.set(0);
            drop(values);
        }
        let s = self.locals_snapshot.borrow_mut().take();
        drop(s);
    }
}

/// Dead frame objects kept for reuse, so that a call allocates nothing.
///
/// A pooled frame has refcount zero, is untracked, holds no references of
/// its own (its object fields point at `None`, which is immortal, and its
/// values are all `None`) and keeps its values buffer. Only the pool knows
/// about it, which makes the `&mut` access below sound.
struct FramePool(RefCell<Vec<NonNull<Header>>>);

impl Drop for FramePool {
    fn drop(&mut self) {
        for p in self.0.get_mut().drain(..) {
            // SAFETY: pooled frames are dead and referenced by nothing else.
            unsafe { crate::object::free_dead_now::<Frame>(p) };
        }
    }
}

thread_local! {
    static FREE_FRAMES: FramePool = const { FramePool(RefCell::new(Vec::new())) };
}

/// Enough for the frames of ordinary call depths; deeper recursion frees
/// the rest.
const FREE_FRAMES_MAX: usize = 64;

/// # Safety
/// `p` must be a dead frame (refcount zero) that nothing else references.
#[allow(clippy::mut_from_ref)]
unsafe fn dead_frame<'a>(p: NonNull<Header>) -> &'a mut Frame {
    unsafe { &mut (*(p.as_ptr() as *mut crate::object::Obj<Frame>)).payload }
}

/// The frame type's free list (`Payload::RECYCLE`).
///
/// # Safety
/// `p` must be a dead frame (refcount zero) that nothing else references.
unsafe fn recycle(p: NonNull<Header>) -> bool {
    let room = FREE_FRAMES
        .try_with(|f| f.0.try_borrow().is_ok_and(|f| f.len() < FREE_FRAMES_MAX))
        .unwrap_or(false);
    if !room {
        return false;
    }
    // SAFETY: the caller's contract.
    unsafe { crate::object::untrack(p) };
    let f = unsafe { dead_frame(p) };
    // Destructors of what the frame held may run Python code, which may
    // make and free frames: the frame joins the pool only once it is empty.
    // Entries above the stack's top are already `None`.
    let values = f.values.get_mut();
    let used = (f.nslots + f.depth.get()).min(values.len());
    for v in values[..used].iter_mut() {
        drop(v.take());
    }
    f.depth.set(0);
    let none = crate::globals::globals().none.clone();
    f.code = none.clone();
    f.globals = none.clone();
    f.builtins = none;
    f.locals = None;
    f.back.set(None);
    drop(f.locals_snapshot.get_mut().take());
    drop(f.trace.get_mut().take());
    let pooled = FREE_FRAMES
        .try_with(|pool| match pool.0.try_borrow_mut() {
            Ok(mut pool) if pool.len() < FREE_FRAMES_MAX => {
                pool.push(p);
                true
            }
            _ => false,
        })
        .unwrap_or(false);
    if !pooled {
        // SAFETY: still dead and unreferenced.
        unsafe { crate::object::free_dead_now::<Frame>(p) };
    }
    true
}

/// A new frame object for running `code`.
pub fn new_frame(
    vm: &Vm,
    code: PyRef,
    globals: PyRef,
    locals: Option<PyRef>,
    builtins: PyRef,
) -> PyRef {
    let c = code.downcast::<Code>().expect("code");
    let nslots = c.nslots();
    // One spare entry: an exception handler may push `lasti` and the
    // exception on top of the deepest stack the compiler computed.
    let len = nslots + c.max_stack as usize + 1;
    let fresh = |len: usize| -> Box<[Option<PyRef>]> { (0..len).map(|_| None).collect() };
    let pooled = FREE_FRAMES
        .try_with(|f| f.0.try_borrow_mut().ok().and_then(|mut f| f.pop()))
        .ok()
        .flatten();
    let Some(p) = pooled else {
        return alloc_untracked(
            &vm.g.frame,
            Frame {
                code,
                globals,
                builtins,
                locals,
                values: UnsafeCell::new(fresh(len)),
                nslots,
                depth: Cell::new(0),
                lasti: Cell::new(0),
                back: Cell::new(None),
                executing: Cell::new(false),
                finished: Cell::new(false),
                locals_snapshot: RefCell::new(None),
                trace: RefCell::new(None),
            },
        );
    };
    // SAFETY: pooled frames are dead and only the pool knew about this one.
    let f = unsafe { dead_frame(p) };
    f.code = code;
    f.globals = globals;
    f.builtins = builtins;
    f.locals = locals;
    // A larger buffer than needed is fine: its extra entries stay `None`.
    if f.values.get_mut().len() < len {
        *f.values.get_mut() = fresh(len);
    }
    f.nslots = nslots;
    f.lasti.set(0);
    f.executing.set(false);
    f.finished.set(false);
    // SAFETY: reviving it: the header is intact, its type is the immortal
    // frame type, and a GC head's finalized flag starts clear.
    unsafe {
        crate::object::gc_head(p).finalized.set(false);
        p.as_ref().ob_refcnt.set(1);
        PyRef::from_raw(p)
    }
}

/// Gives up the creator's reference to a frame that has finished running.
///
/// Frames start untracked by the collector: while one runs it is alive
/// anyway, and most are freed as soon as they return. One that something
/// else still references (a traceback, `sys._getframe()`) is tracked from
/// now on, since it may be part of a cycle.
pub fn release_frame(frame: PyRef) {
    if frame.refcount() != 1 {
        crate::object::track(&frame);
        return;
    }
    let p = frame.into_raw();
    // SAFETY: ours was the only reference, so the frame is dead; frames
    // have no finalizer, which is all the general path would add.
    unsafe {
        p.as_ref().ob_refcnt.set(0);
        if !recycle(p) {
            crate::object::dealloc_dead(p);
        }
    }
}

impl Frame {
    /// `f_back`: the calling frame, while this one runs.
    pub fn back(&self) -> Option<PyRef> {
        if !self.executing.get() {
            return None;
        }
        // SAFETY: see the field.
        self.back.get().map(|p| unsafe { PyRef::from_borrowed(p) })
    }

    pub fn code(&self) -> &Code {
        self.code.downcast::<Code>().expect("code")
    }

    pub fn lineno(&self) -> u32 {
        self.code().line_of(self.lasti.get())
    }

    /// A snapshot of a slot (between instructions only).
    pub fn slot(&self, i: usize) -> Option<PyRef> {
        if i >= self.nslots {
            return None;
        }
        // SAFETY: see the module comment.
        unsafe { (&(*self.values.get()))[i].clone() }
    }

    /// The slots of a frame that has not started running, to bind arguments.
    ///
    /// # Safety
    /// The frame must not be executing, and no other reference into its
    /// values may be alive.
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn fresh_slots(&self) -> &mut [Option<PyRef>] {
        unsafe { &mut (&mut *self.values.get())[..self.nslots] }
    }

    /// The top of a suspended frame's stack.
    pub fn suspended_top(&self) -> Option<PyRef> {
        let depth = self.depth.get();
        if self.executing.get() || depth == 0 {
            return None;
        }
        // SAFETY: a suspended frame's buffer is not being mutated.
        unsafe { (&(*self.values.get()))[self.nslots + depth - 1].clone() }
    }

    /// Pops the top of a suspended frame's stack.
    pub fn pop_suspended(&self) -> Option<PyRef> {
        let depth = self.depth.get();
        if self.executing.get() || depth == 0 {
            return None;
        }
        self.depth.set(depth - 1);
        // SAFETY: as in `suspended_top`; the entry becomes `None`, as the
        // invariant for entries above the top requires.
        unsafe { (&mut (*self.values.get()))[self.nslots + depth - 1].take() }
    }

    /// The values buffer, its slot count and its length, for the interpreter.
    pub fn raw_values(&self) -> (*mut Option<PyRef>, usize, usize) {
        // SAFETY: only the pointer and the length are read here.
        let v = unsafe { &mut *self.values.get() };
        (v.as_mut_ptr(), self.nslots, v.len())
    }
}

pub fn frame_globals(f: &PyRef) -> PyRef {
    f.downcast::<Frame>().expect("frame").globals.clone()
}

/// `frame.f_locals`: the locals mapping, or for function frames a dict
/// built from the fast locals and cells.
pub fn frame_locals(vm: &Vm, f: &PyRef) -> PyResult {
    let fr = f.downcast::<Frame>().expect("frame");
    if let Some(l) = &fr.locals {
        return Ok(l.clone());
    }
    let d = match fr.locals_snapshot.borrow().clone() {
        Some(d) => d,
        None => vm.new_dict(),
    };
    *fr.locals_snapshot.borrow_mut() = Some(d.clone());
    let dd = d.downcast::<Dict>().expect("dict");
    let code = fr.code();
    let names = code
        .varnames
        .iter()
        .chain(code.cellvars.iter())
        .chain(code.freevars.iter());
    for (i, name) in names.enumerate() {
        let mut v = fr.slot(i);
        if i >= code.varnames.len() {
            v = v.and_then(|c| c.downcast::<CellObj>().and_then(|c| c.get()));
        } else if code.cell2arg.iter().any(|a| *a == Some(i as u32)) {
            continue;
        }
        match v {
            Some(v) => dd.set_item(vm, name.clone(), v)?,
            None => {
                dd.del_item(vm, name)?;
            }
        }
    }
    Ok(d)
}

fn fr(o: &PyRef) -> &Frame {
    o.downcast::<Frame>().expect("frame")
}

pub fn fill(g: &Globals) {
    let t = &g.frame;
    add_getset(g, t, "f_code", |_vm, o| Ok(fr(o).code.clone()), None);
    add_getset(g, t, "f_globals", |_vm, o| Ok(fr(o).globals.clone()), None);
    add_getset(
        g,
        t,
        "f_builtins",
        |_vm, o| Ok(fr(o).builtins.clone()),
        None,
    );
    add_getset(g, t, "f_locals", frame_locals, None);
    add_getset(
        g,
        t,
        "f_lineno",
        |vm, o| Ok(vm.new_int(fr(o).lineno() as i64)),
        None,
    );
    add_getset(
        g,
        t,
        "f_lasti",
        |vm, o| Ok(vm.new_int(2 * fr(o).lasti.get() as i64)),
        None,
    );
    add_getset(
        g,
        t,
        "f_back",
        |vm, o| Ok(fr(o).back().unwrap_or_else(|| vm.none())),
        None,
    );
    add_getset(
        g,
        t,
        "f_trace",
        |vm, o| Ok(fr(o).trace.borrow().clone().unwrap_or_else(|| vm.none())),
        Some(|vm, o, v| {
            let v = v.filter(|x| !vm.is_none(x));
            let old = fr(o).trace.replace(v);
            drop(old);
            Ok(())
        }),
    );
    crate::objects::add_method(g, t, "__repr__", signature!("($self, /)"), |vm, a| {
        let f = fr(a.zelf());
        let c = f.code();
        Ok(vm.new_str(format!(
            "<frame at {:#x}, file '{}', line {}, code {}>",
            a.zelf().id(),
            crate::objects::str::as_str(&c.filename),
            f.lineno(),
            crate::objects::str::as_str(&c.name)
        )))
    });
    crate::objects::add_method(g, t, "clear", signature!(hidden "($self, /)"), |vm, a| {
        let f = fr(a.zelf());
        if f.executing.get() {
            return Err(vm.runtime_error("cannot clear an executing frame"));
        }
        f.clear();
        Ok(vm.none())
    });
}
