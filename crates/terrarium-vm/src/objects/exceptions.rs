//! `BaseException` and its builtin subclasses, tracebacks, and the helpers
//! the interpreter needs to raise and match exceptions (incl. `except*`).

use std::cell::{Cell, RefCell};

use crate::error::{PyErr, PyResult};
use crate::globals::Globals;
use crate::object::{Payload, PyRef, alloc};
use crate::objects::dict::Dict;
use crate::objects::native::Args;
use crate::objects::tuple::Tuple;
use crate::objects::typeobject::{is_subtype, td};
use crate::objects::{add_getset, add_method, add_static};
use crate::typeobj::TypeData;
use crate::vm::Vm;

pub struct BaseExc {
    pub args: RefCell<PyRef>,
    pub traceback: RefCell<Option<PyRef>>,
    pub cause: RefCell<Option<PyRef>>,
    pub context: RefCell<Option<PyRef>>,
    pub suppress_context: Cell<bool>,
    dict: RefCell<Option<PyRef>>,
}

impl BaseExc {
    pub fn dict(&self) -> PyRef {
        let mut d = self.dict.borrow_mut();
        if d.is_none() {
            *d = Some(alloc(&crate::globals::globals().dict, Dict::new()));
        }
        d.clone().expect("set")
    }
    pub fn args(&self) -> PyRef {
        self.args.borrow().clone()
    }
}

impl Payload for BaseExc {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.args.borrow());
        for c in [&self.traceback, &self.cause, &self.context, &self.dict] {
            if let Some(x) = c.borrow().as_ref() {
                visit(x);
            }
        }
    }
    fn clear(&self) {
        for c in [&self.traceback, &self.cause, &self.context, &self.dict] {
            let x = c.borrow_mut().take();
            drop(x);
        }
    }
}

pub struct Traceback {
    pub next: RefCell<Option<PyRef>>,
    pub frame: PyRef,
    pub lasti: usize,
    pub lineno: u32,
}

impl Payload for Traceback {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.frame);
        if let Some(n) = self.next.borrow().as_ref() {
            visit(n);
        }
    }
    fn clear(&self) {
        let n = self.next.borrow_mut().take();
        drop(n);
    }
}

fn exc(o: &PyRef) -> &BaseExc {
    o.downcast::<BaseExc>().expect("exception")
}

pub fn new_exception(vm: &Vm, ty: &PyRef, args: Vec<PyRef>) -> PyRef {
    let e = alloc(
        ty,
        BaseExc {
            args: RefCell::new(vm.new_tuple(args.clone())),
            traceback: RefCell::new(None),
            cause: RefCell::new(None),
            context: RefCell::new(None),
            suppress_context: Cell::new(false),
            dict: RefCell::new(None),
        },
    );
    // Builtin subclasses keep extra attributes (errno, filename, ...) set up
    // by their __init__; run it for exceptions created from Rust too.
    if td(ty).builtin {
        let _ = init_special(vm, &e, &args);
    }
    e
}

pub fn traceback_of(vm: &Vm, e: &PyRef) -> PyRef {
    e.downcast::<BaseExc>()
        .and_then(|x| x.traceback.borrow().clone())
        .unwrap_or_else(|| vm.none())
}

pub fn add_traceback(vm: &Vm, e: &PyRef, frame: &PyRef, lasti: usize) {
    let Some(x) = e.downcast::<BaseExc>() else {
        return;
    };
    let lineno = frame
        .downcast::<crate::objects::frame::Frame>()
        .expect("frame")
        .code()
        .line_of(lasti);
    let next = x.traceback.borrow_mut().take();
    let tb = alloc(
        &vm.g.traceback,
        Traceback {
            next: RefCell::new(next),
            frame: frame.clone(),
            lasti,
            lineno,
        },
    );
    *x.traceback.borrow_mut() = Some(tb);
}

pub fn set_attr_error_context(vm: &Vm, err: &PyErr, obj: &PyRef, name: &str) {
    let d = exc(&err.0).dict();
    let dd = d.downcast::<Dict>().expect("dict");
    let _ = dd.set_item(vm, vm.intern("name"), vm.new_str(name));
    let _ = dd.set_item(vm, vm.intern("obj"), obj.clone());
}

pub fn add_note(vm: &Vm, err: &PyErr, note: &str) -> PyResult<()> {
    let add = vm.getattr_str(&err.0, "add_note")?;
    vm.call1(&add, vm.new_str(note))?;
    Ok(())
}

/// Turns the operand of `raise` into an exception instance, setting the
/// cause and context as CPython does.
pub fn make_raisable(vm: &Vm, e: PyRef, cause: Option<PyRef>) -> PyResult<PyErr> {
    let base = vm.g.exc("BaseException");
    let inst = if e.downcast::<TypeData>().is_some() {
        if !is_subtype(&e, base) {
            return Err(vm.type_error("exceptions must derive from BaseException"));
        }
        let v = vm.call0(&e)?;
        if v.downcast::<BaseExc>().is_none() {
            return Err(vm.type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                vm.repr_string(&e)?,
                v.ty().name
            )));
        }
        v
    } else if e.downcast::<BaseExc>().is_some() {
        e
    } else {
        return Err(vm.type_error("exceptions must derive from BaseException"));
    };
    if let Some(c) = cause {
        let c = if vm.is_none(&c) {
            None
        } else if c.downcast::<TypeData>().is_some() && is_subtype(&c, base) {
            Some(vm.call0(&c)?)
        } else if c.downcast::<BaseExc>().is_some() {
            Some(c)
        } else {
            return Err(vm.type_error("exception causes must derive from BaseException"));
        };
        let x = exc(&inst);
        *x.cause.borrow_mut() = c;
        x.suppress_context.set(true);
    }
    Ok(PyErr(inst))
}

/// Sets `__context__` of a newly raised exception to the one being handled.
pub fn set_context(vm: &Vm, e: &PyRef) {
    let Some(handled) = vm.exc_info.borrow().clone() else {
        return;
    };
    if handled.is(e) {
        return;
    }
    // Break a cycle the new context would create, as CPython does. The
    // chain may already be a cycle (a program can set `__context__`
    // freely): a second walker at half speed detects it (Floyd's), so the
    // walk ends.
    let context_of = |o: &PyRef| exc(o).context.borrow().clone();
    let mut o = handled.clone();
    let mut slow = handled.clone();
    let mut move_slow = false;
    while let Some(c) = context_of(&o) {
        if c.is(e) {
            *exc(&o).context.borrow_mut() = None;
            break;
        }
        o = c;
        if o.is(&slow) {
            break;
        }
        if move_slow {
            match context_of(&slow) {
                Some(s) => slow = s,
                None => break,
            }
        }
        move_slow = !move_slow;
    }
    if let Some(x) = e.downcast::<BaseExc>() {
        *x.context.borrow_mut() = Some(handled);
    }
}

pub fn check_except_type(vm: &Vm, ty: &PyRef) -> PyResult<()> {
    let base = vm.g.exc("BaseException");
    let ok = |t: &PyRef| t.downcast::<TypeData>().is_some() && is_subtype(t, base);
    let good = if let (Some(t), true) = (ty.downcast::<Tuple>(), ty.type_is(&vm.g.tuple)) {
        t.items().iter().all(ok)
    } else {
        ok(ty)
    };
    if good {
        Ok(())
    } else {
        Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed"))
    }
}

/// `except* T`: returns (rest, match) where match is None if nothing matched.
pub fn exception_group_match(vm: &Vm, e: &PyRef, ty: &PyRef) -> PyResult<(PyRef, PyRef)> {
    if vm.is_none(e) {
        return Ok((vm.none(), vm.none()));
    }
    let beg = vm.g.exc("BaseExceptionGroup");
    if vm.isinstance(e, ty)? {
        if vm.isinstance_exact_or_sub(e, beg) {
            return Ok((vm.none(), e.clone()));
        }
        // A naked exception matched: wrap it in an ExceptionGroup.
        let eg = vm.call(
            vm.g.exc("ExceptionGroup"),
            &[vm.new_str(""), vm.new_tuple(vec![e.clone()])],
            &[],
        )?;
        if let Some(tb) = exc(e).traceback.borrow().clone() {
            *exc(&eg).traceback.borrow_mut() = Some(tb);
        }
        return Ok((vm.none(), eg));
    }
    if vm.isinstance_exact_or_sub(e, beg) {
        let pair = vm.call_method(e, "split", &[ty.clone()])?;
        let items = vm.to_vec(&pair)?;
        return Ok((items[1].clone(), items[0].clone()));
    }
    Ok((e.clone(), vm.none()))
}

/// What an `except*` block re-raises: the unhandled rest plus anything raised
/// in the handlers.
pub fn prep_reraise_star(vm: &Vm, orig: &PyRef, list: &PyRef) -> PyResult {
    let excs: Vec<PyRef> = vm
        .to_vec(list)?
        .into_iter()
        .filter(|x| !vm.is_none(x))
        .collect();
    if excs.is_empty() {
        return Ok(vm.none());
    }
    if vm.is_none(orig) || !vm.isinstance_exact_or_sub(orig, vm.g.exc("BaseExceptionGroup")) {
        return Ok(excs[0].clone());
    }
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for e in excs {
        if is_leaf_of(vm, &e, orig)? {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    let kept = if reraised.is_empty() {
        None
    } else {
        let keep_ids: Vec<usize> = reraised.iter().flat_map(|e| leaf_ids(vm, e)).collect();
        project(vm, orig, &keep_ids)?
    };
    let mut out = raised;
    if let Some(k) = kept {
        out.insert(0, k);
    }
    match out.len() {
        0 => Ok(vm.none()),
        1 => Ok(out.into_iter().next().expect("one")),
        _ => vm.call(
            vm.g.exc("ExceptionGroup"),
            &[vm.new_str(""), vm.new_list(out)],
            &[],
        ),
    }
}

fn leaf_ids(vm: &Vm, e: &PyRef) -> Vec<usize> {
    if vm.isinstance_exact_or_sub(e, vm.g.exc("BaseExceptionGroup")) {
        let subs = eg_exceptions(vm, e);
        subs.iter().flat_map(|s| leaf_ids(vm, s)).collect()
    } else {
        vec![e.id()]
    }
}

fn is_leaf_of(vm: &Vm, e: &PyRef, orig: &PyRef) -> PyResult<bool> {
    let all = leaf_ids(vm, orig);
    Ok(leaf_ids(vm, e).iter().all(|i| all.contains(i)) && !leaf_ids(vm, e).is_empty())
}

fn eg_exceptions(vm: &Vm, e: &PyRef) -> Vec<PyRef> {
    vm.getattr_str(e, "exceptions")
        .and_then(|t| vm.to_vec(&t))
        .unwrap_or_default()
}

/// The subgroup of `eg` keeping only the leaves in `keep`.
fn project(vm: &Vm, eg: &PyRef, keep: &[usize]) -> PyResult<Option<PyRef>> {
    if !vm.isinstance_exact_or_sub(eg, vm.g.exc("BaseExceptionGroup")) {
        return Ok(if keep.contains(&eg.id()) {
            Some(eg.clone())
        } else {
            None
        });
    }
    let mut parts = Vec::new();
    let subs = eg_exceptions(vm, eg);
    let mut all_kept = true;
    for s in &subs {
        match project(vm, s, keep)? {
            Some(p) => {
                if !p.is(s) {
                    all_kept = false;
                }
                parts.push(p)
            }
            None => all_kept = false,
        }
    }
    if parts.is_empty() {
        return Ok(None);
    }
    if all_kept {
        return Ok(Some(eg.clone()));
    }
    let derived = vm.call_method(eg, "derive", &[vm.new_list(parts)])?;
    copy_metadata(vm, eg, &derived)?;
    Ok(Some(derived))
}

fn copy_metadata(vm: &Vm, from: &PyRef, to: &PyRef) -> PyResult<()> {
    let (f, t) = (exc(from), exc(to));
    *t.traceback.borrow_mut() = f.traceback.borrow().clone();
    *t.cause.borrow_mut() = f.cause.borrow().clone();
    *t.context.borrow_mut() = f.context.borrow().clone();
    if let Some(notes) = vm.getattr_opt(from, &vm.intern("__notes__"))? {
        vm.setattr(to, &vm.intern("__notes__"), Some(notes))?;
    }
    Ok(())
}

// ---- builtin subclasses' attributes ------------------------------------------------------

/// The dict attribute lookups see: a subclass instance's own dict, else
/// the exception's.
fn attr_dict(e: &PyRef) -> PyRef {
    crate::objects::object::instance_dict(e).unwrap_or_else(|| exc(e).dict())
}

fn set(vm: &Vm, e: &PyRef, name: &str, v: PyRef) -> PyResult<()> {
    attr_dict(e)
        .downcast::<Dict>()
        .expect("dict")
        .set_item(vm, vm.intern(name), v)
}

fn get(vm: &Vm, e: &PyRef, name: &str) -> PyRef {
    attr_dict(e)
        .downcast::<Dict>()
        .expect("dict")
        .get_str(name, crate::hashing::hash_str(name))
        .unwrap_or_else(|| vm.none())
}

/// The attribute set-up the builtin subclasses do in `__init__`.
fn init_special(vm: &Vm, e: &PyRef, args: &[PyRef]) -> PyResult<()> {
    let g = vm.g;
    let isa = |n: &str| vm.isinstance_exact_or_sub(e, g.exc(n));
    let arg = |i: usize| args.get(i).cloned().unwrap_or_else(|| vm.none());
    if isa("StopIteration") || isa("StopAsyncIteration") {
        set(vm, e, "value", arg(0))?;
    } else if isa("SystemExit") {
        let code = match args.len() {
            0 => vm.none(),
            1 => arg(0),
            _ => vm.new_tuple(args.to_vec()),
        };
        set(vm, e, "code", code)?;
    } else if isa("ImportError") {
        set(
            vm,
            e,
            "msg",
            if args.len() == 1 { arg(0) } else { vm.none() },
        )?;
        for k in ["name", "path"] {
            if get(vm, e, k).is(&g.none) {
                set(vm, e, k, vm.none())?;
            }
        }
    } else if isa("OSError") {
        let (errno, strerror, filename, filename2) = if (2..=5).contains(&args.len()) {
            (
                arg(0),
                arg(1),
                arg(2),
                if args.len() >= 5 { arg(4) } else { vm.none() },
            )
        } else {
            (vm.none(), vm.none(), vm.none(), vm.none())
        };
        // BlockingIOError's third argument is the number of characters
        // written (an int), not a file name, and the arguments stay as given.
        let written = isa("BlockingIOError") && args.len() == 3 && arg(2).type_is(&g.int);
        set(vm, e, "errno", errno)?;
        set(vm, e, "strerror", strerror)?;
        if written {
            set(vm, e, "filename", vm.none())?;
            set(vm, e, "characters_written", arg(2))?;
        } else {
            set(vm, e, "filename", filename.clone())?;
        }
        set(vm, e, "filename2", filename2)?;
        if (3..=5).contains(&args.len()) && !written {
            *exc(e).args.borrow_mut() = vm.new_tuple(vec![arg(0), arg(1)]);
        }
    } else if isa("SyntaxError") {
        set(vm, e, "msg", arg(0))?;
        let info = args
            .get(1)
            .map(|t| vm.to_vec(t))
            .transpose()?
            .unwrap_or_default();
        let names = [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ];
        for (i, n) in names.iter().enumerate() {
            set(vm, e, n, info.get(i).cloned().unwrap_or_else(|| vm.none()))?;
        }
        set(vm, e, "print_file_and_line", vm.none())?;
    } else if isa("UnicodeError") && args.len() == 5 {
        for (i, n) in ["encoding", "object", "start", "end", "reason"]
            .iter()
            .enumerate()
        {
            set(vm, e, n, arg(i))?;
        }
    } else if isa("NameError") || isa("AttributeError") {
        if get(vm, e, "name").is(&g.none) {
            set(vm, e, "name", vm.none())?;
        }
        if isa("AttributeError") && get(vm, e, "obj").is(&g.none) {
            set(vm, e, "obj", vm.none())?;
        }
    }
    Ok(())
}

fn exc_new(vm: &Vm, a: Args) -> PyResult {
    let cls = &a.args[0];
    let mut cls = cls.clone();
    if is_subtype(&cls, vm.g.exc("OSError")) && td(&cls).builtin {
        if let Some(errno) = a
            .positional()
            .get(1)
            .and_then(|e| e.downcast::<crate::objects::int::Int>())
            .and_then(|i| i.to_i64())
        {
            if a.positional().len() >= 3 && cls.is(vm.g.exc("OSError")) {
                if let Some(sub) = errno_subclass(errno) {
                    cls = vm.g.exc(sub).clone();
                }
            }
        }
    }
    if is_subtype(&cls, vm.g.exc("BaseExceptionGroup")) {
        return eg_new(vm, &cls, a);
    }
    let args = a.positional()[1..].to_vec();
    let e = alloc(
        &cls,
        BaseExc {
            args: RefCell::new(vm.new_tuple(args)),
            traceback: RefCell::new(None),
            cause: RefCell::new(None),
            context: RefCell::new(None),
            suppress_context: Cell::new(false),
            dict: RefCell::new(None),
        },
    );
    Ok(e)
}

fn errno_subclass(errno: i64) -> Option<&'static str> {
    Some(match errno {
        11 | 114 | 115 => "BlockingIOError",
        10 => "ChildProcessError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        17 => "FileExistsError",
        2 => "FileNotFoundError",
        4 => "InterruptedError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        1 | 13 => "PermissionError",
        3 => "ProcessLookupError",
        110 => "TimeoutError",
        _ => return None,
    })
}

fn exc_init(vm: &Vm, a: Args) -> PyResult {
    let e = a.zelf();
    let takes_keywords = ["ImportError", "NameError", "AttributeError"]
        .iter()
        .any(|n| vm.isinstance_exact_or_sub(e, vm.g.exc(n)));
    if a.has_keywords() && td(&e.class()).builtin && !takes_keywords {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", e.ty().name)));
    }
    let args = a.positional()[1..].to_vec();
    if !vm.isinstance_exact_or_sub(e, vm.g.exc("BaseExceptionGroup")) {
        *exc(e).args.borrow_mut() = vm.new_tuple(args.clone());
    }
    init_special(vm, e, &args)?;
    if vm.isinstance_exact_or_sub(e, vm.g.exc("ImportError")) {
        for (k, v) in a.keywords() {
            if k != "name" && k != "path" {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {}()",
                    e.ty().name
                )));
            }
            set(vm, e, k, v.clone())?;
        }
    } else if vm.isinstance_exact_or_sub(e, vm.g.exc("NameError"))
        || vm.isinstance_exact_or_sub(e, vm.g.exc("AttributeError"))
    {
        for (k, v) in a.keywords() {
            set(vm, e, k, v.clone())?;
        }
    }
    Ok(vm.none())
}

fn exc_str(vm: &Vm, a: Args) -> PyResult {
    let e = a.zelf();
    let g = vm.g;
    let args = exc(e).args();
    let items = args
        .downcast::<Tuple>()
        .map(|t| t.items().to_vec())
        .unwrap_or_default();
    let isa = |n: &str| vm.isinstance_exact_or_sub(e, g.exc(n));
    if isa("KeyError") && items.len() == 1 {
        return vm.repr(&items[0]);
    }
    if isa("OSError") {
        let errno = get(vm, e, "errno");
        let strerror = get(vm, e, "strerror");
        let filename = get(vm, e, "filename");
        let filename2 = get(vm, e, "filename2");
        if !vm.is_none(&errno) || !vm.is_none(&strerror) {
            let base = format!(
                "[Errno {}] {}",
                vm.str_string(&errno)?,
                vm.str_string(&strerror)?
            );
            return Ok(vm.new_str(if !vm.is_none(&filename) {
                if !vm.is_none(&filename2) {
                    format!(
                        "{base}: {} -> {}",
                        vm.repr_string(&filename)?,
                        vm.repr_string(&filename2)?
                    )
                } else {
                    format!("{base}: {}", vm.repr_string(&filename)?)
                }
            } else {
                base
            }));
        }
    }
    if isa("SyntaxError") {
        let msg = get(vm, e, "msg");
        let filename = get(vm, e, "filename");
        let lineno = get(vm, e, "lineno");
        let m = vm.str_string(&msg)?;
        let fname = if vm.is_none(&filename) {
            None
        } else {
            let f = vm.str_string(&filename)?;
            Some(f.rsplit('/').next().unwrap_or(&f).to_string())
        };
        let line = if vm.is_none(&lineno) {
            None
        } else {
            Some(vm.str_string(&lineno)?)
        };
        return Ok(vm.new_str(match (fname, line) {
            (Some(f), Some(l)) => format!("{m} ({f}, line {l})"),
            (Some(f), None) => format!("{m} ({f})"),
            (None, Some(l)) => format!("{m} (line {l})"),
            (None, None) => m,
        }));
    }
    if isa("UnicodeDecodeError") || isa("UnicodeEncodeError") {
        let enc = get(vm, e, "encoding");
        if !vm.is_none(&enc) {
            let obj = get(vm, e, "object");
            let start = get(vm, e, "start")
                .downcast::<crate::objects::int::Int>()
                .and_then(|i| i.to_i64())
                .unwrap_or(0);
            let end = get(vm, e, "end")
                .downcast::<crate::objects::int::Int>()
                .and_then(|i| i.to_i64())
                .unwrap_or(0);
            let reason = vm.str_string(&get(vm, e, "reason"))?;
            let enc = vm.str_string(&enc)?;
            if isa("UnicodeDecodeError") {
                let bytes = crate::objects::bytes::bytes_like(vm, &obj).unwrap_or_default();
                let b = bytes.get(start as usize).copied().unwrap_or(0);
                return Ok(vm.new_str(if end == start + 1 {
                    format!(
                        "'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
                    )
                } else {
                    format!(
                        "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                        end - 1
                    )
                }));
            }
            let s = vm.str_string(&obj)?;
            let c = s.chars().nth(start as usize).unwrap_or('\0') as u32;
            let cs = if c < 0x100 {
                format!("\\x{c:02x}")
            } else if c < 0x10000 {
                format!("\\u{c:04x}")
            } else {
                format!("\\U{c:08x}")
            };
            return Ok(vm.new_str(if end == start + 1 {
                format!("'{enc}' codec can't encode character '{cs}' in position {start}: {reason}")
            } else {
                format!(
                    "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
                    end - 1
                )
            }));
        }
    }
    if isa("BaseExceptionGroup") {
        let msg = vm.str_string(&get(vm, e, "message"))?;
        let n = eg_exceptions(vm, e).len();
        return Ok(vm.new_str(format!(
            "{msg} ({n} sub-exception{})",
            if n == 1 { "" } else { "s" }
        )));
    }
    match items.len() {
        0 => Ok(vm.g.empty_str.clone()),
        1 => vm.str(&items[0]),
        _ => vm.str(&args),
    }
}

fn exc_repr(vm: &Vm, a: Args) -> PyResult {
    let e = a.zelf();
    let name = td(&e.class()).name.clone();
    let name = name.rsplit('.').next().unwrap_or(&name).to_string();
    if vm.isinstance_exact_or_sub(e, vm.g.exc("BaseExceptionGroup")) {
        let msg = vm.repr_string(&get(vm, e, "message"))?;
        let subs = vm.repr_string(&vm.new_list(eg_exceptions(vm, e)))?;
        return Ok(vm.new_str(format!("{name}({msg}, {subs})")));
    }
    let args = exc(e).args();
    let items = args
        .downcast::<Tuple>()
        .map(|t| t.items().to_vec())
        .unwrap_or_default();
    Ok(vm.new_str(if items.len() == 1 {
        format!("{name}({})", vm.repr_string(&items[0])?)
    } else {
        format!("{name}{}", vm.repr_string(&args)?)
    }))
}

fn exc_with_traceback(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "with_traceback", 1, 1, 1)?;
    set_tb(vm, a.zelf(), Some(pos[0].clone()))?;
    Ok(a.zelf().clone())
}

fn set_tb(vm: &Vm, e: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let v = match v {
        None => return Err(vm.type_error("__traceback__ may not be deleted")),
        Some(v) if vm.is_none(&v) => None,
        Some(v) if v.type_is(&vm.g.traceback) => Some(v),
        Some(_) => return Err(vm.type_error("__traceback__ must be a traceback or None")),
    };
    *exc(e).traceback.borrow_mut() = v;
    Ok(())
}

fn exc_add_note(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "add_note", 1, 1, 1)?;
    if !pos[0].type_is(&vm.g.str_) && pos[0].downcast::<crate::objects::str::Str>().is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", pos[0].ty().name)));
    }
    let e = a.zelf();
    let notes = match vm.getattr_opt(e, &vm.intern("__notes__"))? {
        Some(n) => n,
        None => {
            let l = vm.new_list(Vec::new());
            vm.setattr(e, &vm.intern("__notes__"), Some(l.clone()))?;
            l
        }
    };
    match notes.downcast::<crate::objects::list::List>() {
        Some(l) => l.append(vm, pos[0].clone())?,
        None => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(vm.none())
}

fn exc_reduce(vm: &Vm, a: Args) -> PyResult {
    let e = a.zelf();
    let mut parts = vec![e.class(), exc(e).args()];
    let d = exc(e).dict();
    if !d.downcast::<Dict>().expect("dict").is_empty() {
        parts.push(d);
    }
    Ok(vm.new_tuple(parts))
}

// ---- exception groups ---------------------------------------------------------------------

fn eg_new(vm: &Vm, cls: &PyRef, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "BaseExceptionGroup.__new__", 1, 2, 2)?;
    let message = &pos[0];
    if message.downcast::<crate::objects::str::Str>().is_none() {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            message.ty().name
        )));
    }
    let seq = &pos[1];
    if lookup_seq(vm, seq) {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = vm.to_vec(seq)?;
    if excs.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exc = true;
    for (i, x) in excs.iter().enumerate() {
        if !vm.isinstance_exact_or_sub(x, vm.g.exc("BaseException")) {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        all_exc &= vm.isinstance_exact_or_sub(x, vm.g.exc("Exception"));
    }
    let mut cls = cls.clone();
    if cls.is(vm.g.exc("BaseExceptionGroup")) {
        if all_exc {
            cls = vm.g.exc("ExceptionGroup").clone();
        }
    } else if cls.is(vm.g.exc("ExceptionGroup")) {
        if !all_exc {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if !all_exc && is_subtype(&cls, vm.g.exc("Exception")) {
        return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{}'", td(&cls).name)));
    }
    let e = alloc(
        &cls,
        BaseExc {
            args: RefCell::new(vm.new_tuple(vec![message.clone(), seq.clone()])),
            traceback: RefCell::new(None),
            cause: RefCell::new(None),
            context: RefCell::new(None),
            suppress_context: Cell::new(false),
            dict: RefCell::new(None),
        },
    );
    set(vm, &e, "message", message.clone())?;
    set(vm, &e, "exceptions", vm.new_tuple(excs))?;
    Ok(e)
}

fn lookup_seq(vm: &Vm, o: &PyRef) -> bool {
    !(o.ty().has_flag(crate::typeobj::flags::SEQUENCE)
        || o.type_is(&vm.g.list)
        || o.type_is(&vm.g.tuple))
}

fn eg_derive(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "derive", 1, 1, 1)?;
    let msg = get(vm, a.zelf(), "message");
    vm.call(vm.g.exc("BaseExceptionGroup"), &[msg, pos[0].clone()], &[])
}

/// split/subgroup: partitions leaves by a matcher (type, tuple or predicate).
fn eg_split_impl(vm: &Vm, e: &PyRef, matcher: &PyRef) -> PyResult<(Option<PyRef>, Option<PyRef>)> {
    let is_type_matcher = matcher.downcast::<TypeData>().is_some() || matcher.type_is(&vm.g.tuple);
    let matches = |x: &PyRef| -> PyResult<bool> {
        if is_type_matcher {
            vm.isinstance(x, matcher)
        } else {
            let r = vm.call1(matcher, x.clone())?;
            vm.truthy(&r)
        }
    };
    if matches(e)? {
        return Ok((Some(e.clone()), None));
    }
    if !vm.isinstance_exact_or_sub(e, vm.g.exc("BaseExceptionGroup")) {
        return Ok((None, Some(e.clone())));
    }
    let mut m = Vec::new();
    let mut r = Vec::new();
    for s in eg_exceptions(vm, e) {
        let (sm, sr) = eg_split_impl(vm, &s, matcher)?;
        m.extend(sm);
        r.extend(sr);
    }
    let mk = |parts: Vec<PyRef>| -> PyResult<Option<PyRef>> {
        if parts.is_empty() {
            return Ok(None);
        }
        let d = vm.call_method(e, "derive", &[vm.new_list(parts)])?;
        copy_metadata(vm, e, &d)?;
        Ok(Some(d))
    };
    Ok((mk(m)?, mk(r)?))
}

fn eg_split(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "split", 1, 1, 1)?;
    let (m, r) = eg_split_impl(vm, a.zelf(), &pos[0])?;
    Ok(vm.new_tuple(vec![
        m.unwrap_or_else(|| vm.none()),
        r.unwrap_or_else(|| vm.none()),
    ]))
}

fn eg_subgroup(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "subgroup", 1, 1, 1)?;
    let (m, _) = eg_split_impl(vm, a.zelf(), &pos[0])?;
    Ok(m.unwrap_or_else(|| vm.none()))
}

// ---- traceback objects ----------------------------------------------------------------------

fn tb(o: &PyRef) -> &Traceback {
    o.downcast::<Traceback>().expect("traceback")
}

pub fn fill(g: &Globals) {
    let b = g.exc("BaseException");
    add_static(
        g,
        b,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        exc_new,
    );
    add_method(
        g,
        b,
        "__init__",
        signature!("($self, /, *args, **kwargs)"),
        exc_init,
    );
    add_method(g, b, "__str__", signature!("($self, /)"), exc_str);
    add_method(g, b, "__repr__", signature!("($self, /)"), exc_repr);
    add_method(
        g,
        b,
        "with_traceback",
        signature!(hidden "($self, tb, /)"),
        exc_with_traceback,
    );
    add_method(
        g,
        b,
        "add_note",
        signature!(hidden "($self, note, /)"),
        exc_add_note,
    );
    add_method(
        g,
        b,
        "__reduce__",
        signature!(hidden "($self, /)"),
        exc_reduce,
    );
    add_method(
        g,
        b,
        "__setstate__",
        signature!(hidden "($self, object, /)"),
        |vm, a| {
            if let Some(d) = a.args.get(1).and_then(|d| d.downcast::<Dict>()) {
                for (k, v) in d.items() {
                    vm.setattr(a.zelf(), &k, Some(v))?;
                }
            }
            Ok(vm.none())
        },
    );
    add_getset(
        g,
        b,
        "args",
        |_vm, o| Ok(exc(o).args()),
        Some(|vm, o, v| {
            let v = v.ok_or_else(|| vm.type_error("args may not be deleted"))?;
            let items = vm.to_vec(&v)?;
            *exc(o).args.borrow_mut() = vm.new_tuple(items);
            Ok(())
        }),
    );
    add_getset(
        g,
        b,
        "__traceback__",
        |vm, o| Ok(traceback_of(vm, o)),
        Some(set_tb),
    );
    add_getset(
        g,
        b,
        "__cause__",
        |vm, o| Ok(exc(o).cause.borrow().clone().unwrap_or_else(|| vm.none())),
        Some(|vm, o, v| {
            let v = v.filter(|x| !vm.is_none(x));
            if let Some(x) = &v {
                if x.downcast::<BaseExc>().is_none() {
                    return Err(
                        vm.type_error("exception cause must be None or derive from BaseException")
                    );
                }
            }
            *exc(o).cause.borrow_mut() = v;
            exc(o).suppress_context.set(true);
            Ok(())
        }),
    );
    add_getset(
        g,
        b,
        "__context__",
        |vm, o| Ok(exc(o).context.borrow().clone().unwrap_or_else(|| vm.none())),
        Some(|vm, o, v| {
            let v = v.filter(|x| !vm.is_none(x));
            if let Some(x) = &v {
                if x.downcast::<BaseExc>().is_none() {
                    return Err(vm.type_error(
                        "exception context must be None or derive from BaseException",
                    ));
                }
            }
            *exc(o).context.borrow_mut() = v;
            Ok(())
        }),
    );
    add_getset(
        g,
        b,
        "__suppress_context__",
        |vm, o| Ok(vm.bool(exc(o).suppress_context.get())),
        Some(|vm, o, v| {
            let v = v.map(|x| vm.truthy(&x)).transpose()?.unwrap_or(false);
            exc(o).suppress_context.set(v);
            Ok(())
        }),
    );
    add_getset(g, b, "__dict__", |_vm, o| Ok(exc(o).dict()), None);

    let beg = g.exc("BaseExceptionGroup");
    add_method(
        g,
        beg,
        "derive",
        signature!(hidden "($self, excs)"),
        eg_derive,
    );
    add_method(
        g,
        beg,
        "split",
        signature!(hidden "($self, condition, /)"),
        eg_split,
    );
    add_method(
        g,
        beg,
        "subgroup",
        signature!(hidden "($self, condition, /)"),
        eg_subgroup,
    );
    crate::objects::list::add_class_getitem(g, beg);

    let t = &g.traceback;
    add_getset(g, t, "tb_frame", |_vm, o| Ok(tb(o).frame.clone()), None);
    add_getset(
        g,
        t,
        "tb_lineno",
        |vm, o| Ok(vm.new_int(tb(o).lineno as i64)),
        None,
    );
    add_getset(
        g,
        t,
        "tb_lasti",
        |vm, o| Ok(vm.new_int(2 * tb(o).lasti as i64)),
        None,
    );
    add_getset(
        g,
        t,
        "tb_next",
        |vm, o| Ok(tb(o).next.borrow().clone().unwrap_or_else(|| vm.none())),
        Some(|vm, o, v| {
            let v = v.filter(|x| !vm.is_none(x));
            let old = tb(o).next.replace(v);
            drop(old);
            Ok(())
        }),
    );
}
