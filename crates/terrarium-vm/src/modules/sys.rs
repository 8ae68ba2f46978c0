//! The `sys` module, and the printing of tracebacks and unraisable errors.

use crate::error::{PyErr, PyResult};
use crate::object::PyRef;
use crate::objects::dict::Dict;
use crate::objects::exceptions::{BaseExc, Traceback};
use crate::objects::frame::Frame;
use crate::objects::native::{Args, NativeFn};
use crate::objects::signature::Signature;
use crate::objects::str::as_str;
use crate::objects::typeobject::td;
use crate::vm::Vm;

pub const VERSION: &str = "3.11.7 (terrarium) [Rust]";
pub const HEXVERSION: i64 = 0x030b07f0;

/// `sys.<name>`.
pub fn get(vm: &Vm, name: &str) -> PyResult {
    // The dict is gone only while the context is being torn down.
    match vm
        .sys_dict
        .downcast::<Dict>()
        .and_then(|d| d.get_str(name, crate::hashing::hash_str(name)))
    {
        Some(v) => Ok(v),
        None => Err(vm.runtime_error(format!("lost sys.{name}"))),
    }
}

fn set(vm: &Vm, name: &str, v: PyRef) -> PyResult<()> {
    vm.sys_dict
        .downcast::<Dict>()
        .expect("dict")
        .set_item(vm, vm.intern(name), v)
}

fn strs(vm: &Vm, v: &[String]) -> PyRef {
    vm.new_list(v.iter().map(|s| vm.new_str(s.as_str())).collect())
}

/// Writes text to `sys.stderr` (or fd 2 if that is gone).
pub fn write_stderr(vm: &Vm, text: &str) {
    if let Ok(err) = get(vm, "stderr") {
        if !vm.is_none(&err) && vm.call_method(&err, "write", &[vm.new_str(text)]).is_ok() {
            let _ = vm.call_method(&err, "flush", &[]);
            return;
        }
    }
    let _ = vm.os.write(2, text.as_bytes());
}

fn source_line(vm: &Vm, filename: &str, line: u32) -> Option<String> {
    let fd = vm
        .os
        .open(filename.as_bytes(), terrarium_os::consts::O_RDONLY, 0)
        .ok()?;
    let mut data = Vec::new();
    let mut buf = [0u8; 65536];
    loop {
        match vm.os.read(fd, &mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => data.extend_from_slice(&buf[..n]),
        }
    }
    let _ = vm.os.close(fd);
    let text = String::from_utf8_lossy(&data);
    text.lines()
        .nth(line.checked_sub(1)? as usize)
        .map(|s| s.to_string())
}

/// The exception's name as tracebacks show it: qualified by its module
/// unless that is `__main__` or `builtins`.
fn exc_type_name(vm: &Vm, e: &PyRef) -> String {
    let cls = e.class();
    let q = td(&cls).qualname();
    match crate::objects::typeobject::type_module(vm, &cls)
        .ok()
        .flatten()
    {
        Some(m) if m != "builtins" && m != "__main__" => format!("{m}.{q}"),
        _ => q,
    }
}

fn format_exception_only(vm: &Vm, e: &PyRef, out: &mut String) {
    let name = exc_type_name(vm, e);
    if vm.isinstance_exact_or_sub(e, vm.g.exc("SyntaxError")) {
        let attr = |n: &str| {
            vm.getattr_opt(e, &vm.intern(n))
                .ok()
                .flatten()
                .filter(|v| !vm.is_none(v))
        };
        let filename = attr("filename").and_then(|f| vm.str_string(&f).ok());
        let lineno = attr("lineno").and_then(|l| {
            l.downcast::<crate::objects::int::Int>()
                .and_then(|i| i.to_i64())
        });
        if let (Some(f), Some(l)) = (&filename, lineno) {
            out.push_str(&format!("  File \"{f}\", line {l}\n"));
        }
        if let Some(text) = attr("text").and_then(|t| vm.str_string(&t).ok()) {
            let trimmed = text.trim_end_matches('\n');
            let stripped = trimmed.trim_start();
            let indent = trimmed.chars().count() - stripped.chars().count();
            out.push_str(&format!("    {stripped}\n"));
            let off = attr("offset").and_then(|o| {
                o.downcast::<crate::objects::int::Int>()
                    .and_then(|i| i.to_i64())
            });
            let end = attr("end_offset").and_then(|o| {
                o.downcast::<crate::objects::int::Int>()
                    .and_then(|i| i.to_i64())
            });
            let same_line = attr("end_lineno").and_then(|o| {
                o.downcast::<crate::objects::int::Int>()
                    .and_then(|i| i.to_i64())
            }) == lineno;
            if let Some(off) = off {
                let start = (off - 1 - indent as i64).max(0) as usize;
                let width = match end {
                    Some(end) if same_line && end > off => (end - off) as usize,
                    _ => 1,
                };
                out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
            }
        }
        let msg = attr("msg")
            .and_then(|m| vm.str_string(&m).ok())
            .unwrap_or_default();
        out.push_str(&format!("{name}: {msg}\n"));
        return;
    }
    let mut s = match vm.str(e) {
        Ok(s) => as_str(&s).to_string(),
        Err(_) => "<exception str() failed>".to_string(),
    };
    if let Some(hint) = crate::modules::suggestions::suggest(vm, e) {
        s.push_str(&format!(". Did you mean: '{hint}'?"));
    }
    if s.is_empty() {
        out.push_str(&format!("{name}\n"));
    } else {
        out.push_str(&format!("{name}: {s}\n"));
    }
    if let Ok(Some(notes)) = vm.getattr_opt(e, &vm.intern("__notes__")) {
        if let Ok(items) = vm.to_vec(&notes) {
            for n in items {
                let t = if n.downcast::<crate::objects::str::Str>().is_some() {
                    as_str(&n).to_string()
                } else {
                    vm.repr_string(&n).unwrap_or_default()
                };
                out.push_str(&t);
                out.push('\n');
            }
        }
    }
}

fn format_tb(vm: &Vm, tb: Option<PyRef>, out: &mut String) {
    let mut cur = tb;
    let mut last: Option<(String, u32, String)> = None;
    let mut repeats = 0;
    while let Some(t) = cur {
        let tbd = t.downcast::<Traceback>().expect("traceback");
        let fr = tbd.frame.downcast::<Frame>().expect("frame");
        let code = fr.code();
        let filename = as_str(&code.filename).to_string();
        let name = as_str(&code.name).to_string();
        let key = (filename.clone(), tbd.lineno, name.clone());
        if last.as_ref() == Some(&key) {
            repeats += 1;
        } else {
            if repeats > 3 {
                out.push_str(&format!(
                    "  [Previous line repeated {} more times]\n",
                    repeats - 3
                ));
            }
            repeats = 1;
        }
        if repeats <= 3 {
            out.push_str(&format!(
                "  File \"{filename}\", line {}, in {name}\n",
                tbd.lineno
            ));
            if let Some(line) = source_line(vm, &filename, tbd.lineno) {
                let stripped = line.trim();
                if !stripped.is_empty() {
                    out.push_str(&format!("    {stripped}\n"));
                    let loc = code.locations.get(tbd.lasti).copied().unwrap_or_default();
                    let indent = line.len() - line.trim_start().len();
                    if loc.line == loc.end_line && loc.line == tbd.lineno {
                        let (c0, c1) = (loc.col as usize, loc.end_col as usize);
                        let whole = c0 <= indent && c1 >= indent + stripped.len();
                        if c1 > c0 && !whole && c0 >= indent {
                            let pre = line.get(indent..c0).map(|s| s.chars().count()).unwrap_or(0);
                            let w = line
                                .get(c0..c1.min(line.len()))
                                .map(|s| s.chars().count())
                                .unwrap_or(1);
                            out.push_str(&format!(
                                "    {}{}\n",
                                " ".repeat(pre),
                                "^".repeat(w.max(1))
                            ));
                        }
                    }
                }
            }
        }
        last = Some(key);
        cur = tbd.next.borrow().clone();
    }
    if repeats > 3 {
        out.push_str(&format!(
            "  [Previous line repeated {} more times]\n",
            repeats - 3
        ));
    }
}

/// The full CPython-style report of an exception and its chain.
pub fn format_exception(vm: &Vm, e: &PyRef, seen: &mut Vec<usize>, out: &mut String) {
    seen.push(e.id());
    if let Some(x) = e.downcast::<BaseExc>() {
        let cause = x.cause.borrow().clone();
        let context = x.context.borrow().clone();
        if let Some(c) = cause.filter(|c| !seen.contains(&c.id())) {
            format_exception(vm, &c, seen, out);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if let Some(c) =
            context.filter(|c| !x.suppress_context.get() && !seen.contains(&c.id()))
        {
            format_exception(vm, &c, seen, out);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
        let tb = x.traceback.borrow().clone();
        if tb.is_some() {
            out.push_str("Traceback (most recent call last):\n");
            format_tb(vm, tb, out);
        }
    }
    format_exception_only(vm, e, out);
}

pub fn print_exception(vm: &Vm, e: &PyRef) {
    let mut out = String::new();
    format_exception(vm, e, &mut Vec::new(), &mut out);
    write_stderr(vm, &out);
}

/// Reports an uncaught exception through `sys.excepthook`.
pub fn report_exception(vm: &Vm, err: &PyErr) {
    let e = &err.0;
    if let Ok(hook) = get(vm, "excepthook") {
        if !hook.type_is(&vm.g.builtin_function) {
            let tb = crate::objects::exceptions::traceback_of(vm, e);
            match vm.call(&hook, &[e.class(), e.clone(), tb], &[]) {
                Ok(_) => return,
                Err(he) => {
                    write_stderr(vm, "Error in sys.excepthook:\n");
                    print_exception(vm, &he.0);
                    write_stderr(vm, "\nOriginal exception was:\n");
                }
            }
        }
    }
    print_exception(vm, e);
}

pub fn write_unraisable(vm: &Vm, err: &PyErr, msg: Option<&str>, obj: Option<&PyRef>) {
    let mut out = String::new();
    let what = obj.map(|o| {
        vm.repr_string(o)
            .unwrap_or_else(|_| "<object repr() failed>".into())
    });
    match (msg, what) {
        (Some(m), Some(w)) => out.push_str(&format!("{m}: {w}\n")),
        (Some(m), None) => out.push_str(&format!("{m}\n")),
        (None, Some(w)) => out.push_str(&format!("Exception ignored in: {w}\n")),
        (None, None) => {}
    }
    format_exception(vm, &err.0, &mut Vec::new(), &mut out);
    write_stderr(vm, &out);
}

pub fn displayhook(vm: &Vm, v: PyRef) -> PyResult<()> {
    let hook = get(vm, "displayhook")?;
    vm.call1(&hook, v)?;
    Ok(())
}

fn default_displayhook(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "displayhook", 0, 1, 1)?;
    let v = &pos[0];
    if vm.is_none(v) {
        return Ok(vm.none());
    }
    vm.setattr_str(&vm.builtins, "_", vm.none())?;
    let r = vm.repr(v)?;
    let out = get(vm, "stdout")?;
    vm.call_method(&out, "write", &[r])?;
    vm.call_method(&out, "write", &[vm.new_str("\n")])?;
    vm.setattr_str(&vm.builtins, "_", v.clone())?;
    Ok(vm.none())
}

fn default_excepthook(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "excepthook", 0, 3, 3)?;
    print_exception(vm, &pos[1]);
    Ok(vm.none())
}

fn exit(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "exit", 0, 0, 1)?;
    Err(vm.new_exc_args(&vm.g.exc("SystemExit").clone(), pos.to_vec()))
}

fn exc_info(vm: &Vm, _a: Args) -> PyResult {
    Ok(match vm.exc_info.borrow().clone() {
        Some(e) => {
            let tb = crate::objects::exceptions::traceback_of(vm, &e);
            vm.new_tuple(vec![e.class(), e, tb])
        }
        None => vm.new_tuple(vec![vm.none(), vm.none(), vm.none()]),
    })
}

fn exception(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.exc_info.borrow().clone().unwrap_or_else(|| vm.none()))
}

fn getframe(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "_getframe", 0, 0, 1)?;
    let mut depth = match pos.first() {
        Some(d) => vm.index_isize(d, None)?,
        None => 0,
    };
    let mut f = vm.current_frame();
    while depth > 0 {
        f = f.and_then(|fr| fr.downcast::<Frame>().expect("frame").back());
        depth -= 1;
    }
    f.ok_or_else(|| vm.value_error("call stack is not deep enough"))
}

fn getrecursionlimit(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.new_int(vm.recursion_limit.get() as i64))
}

fn setrecursionlimit(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "setrecursionlimit", 0, 1, 1)?;
    if pos[0].downcast::<crate::objects::float::Float>().is_some() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = vm.index_isize(&pos[0], None)?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as u64) <= vm.recursion_depth.get() as u64 {
        return Err(vm.new_exc(
            "RecursionError",
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
                vm.recursion_depth.get()
            ),
        ));
    }
    vm.recursion_limit.set(n.min(u32::MAX as isize) as u32);
    Ok(vm.none())
}

fn getrefcount(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "getrefcount", 0, 1, 1)?;
    Ok(vm.new_int(pos[0].refcount().min(i64::MAX as isize) as i64))
}

fn getsizeof(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "getsizeof", 0, 1, 2)?;
    match vm.call_special(&pos[0], "__sizeof__", &[]) {
        Ok(Some(r)) => Ok(vm.binary_op(
            &r,
            &vm.new_int(16),
            terrarium_compiler::bytecode::BinOp::Add,
        )?),
        Ok(None) => Ok(vm.new_int(16)),
        Err(e) => match pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(e),
        },
    }
}

fn intern(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "intern", 0, 1, 1)?;
    if !pos[0].type_is(&vm.g.str_) {
        return Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            pos[0].ty().name
        )));
    }
    Ok(vm.intern(as_str(&pos[0])))
}

fn get_int_max_str_digits(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.new_int(vm.int_max_str_digits.get() as i64))
}

fn set_int_max_str_digits(vm: &Vm, a: Args) -> PyResult {
    let [maxdigits] = a.bind(vm, "set_int_max_str_digits", ["maxdigits"], 0, 1, 0)?;
    let n = vm.index_isize(&maxdigits.expect("required"), None)?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.int_max_str_digits.set(n as usize);
    Ok(vm.none())
}

fn settrace(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "settrace", 0, 1, 1)?;
    set(vm, "_trace_function", pos[0].clone())?;
    Ok(vm.none())
}

fn gettrace(vm: &Vm, _a: Args) -> PyResult {
    get(vm, "_trace_function")
}

fn setprofile(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "setprofile", 0, 1, 1)?;
    set(vm, "_profile_function", pos[0].clone())?;
    Ok(vm.none())
}

fn getprofile(vm: &Vm, _a: Args) -> PyResult {
    get(vm, "_profile_function")
}

fn breakpointhook(vm: &Vm, _a: Args) -> PyResult {
    Err(vm.runtime_error("breakpoint(): pdb is not available yet"))
}

fn unraisablehook(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "unraisablehook", 0, 1, 1)?;
    let u = &pos[0];
    let exc = vm.getattr_str(u, "exc_value")?;
    let msg = vm.getattr_str(u, "err_msg")?;
    let obj = vm.getattr_str(u, "object")?;
    let msg = if vm.is_none(&msg) {
        None
    } else {
        Some(vm.str_string(&msg)?)
    };
    let obj = if vm.is_none(&obj) { None } else { Some(obj) };
    write_unraisable(vm, &PyErr(exc), msg.as_deref(), obj.as_ref());
    Ok(vm.none())
}

/// An instance of a small class with read-only attributes (sys.flags,
/// sys.implementation and friends are attribute bags).
fn namespace(vm: &Vm, class: &str, items: Vec<(&str, PyRef)>) -> PyResult {
    let ns = vm.new_dict();
    let d = ns.downcast::<Dict>().expect("dict");
    d.set_item(vm, vm.intern("__module__"), vm.new_str("sys"))?;
    let cls = crate::objects::typeobject::new_class(vm, &vm.g.type_, class, vec![], d)?;
    let obj = vm.call0(&cls)?;
    for (k, v) in items {
        vm.setattr_str(&obj, k, v)?;
    }
    Ok(obj)
}

/// `sys.version_info` and `sys.flags` are tuples with named fields; ours are
/// tuple subclasses with the names as attributes.
/// `repr()` of the struct sequences below: `sys.name(field=value, ...)`.
fn struct_seq_repr(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let cls = zelf.class();
    let name = vm.getattr_str(&cls, "__name__")?;
    let fields = vm.to_vec(&vm.getattr_str(&cls, "_fields")?)?;
    let values = vm.to_vec(zelf)?;
    let mut parts = Vec::new();
    for (f, v) in fields.iter().zip(&values) {
        parts.push(format!("{}={}", as_str(f), vm.repr_string(v)?));
    }
    Ok(vm.new_str(format!("sys.{}({})", as_str(&name), parts.join(", "))))
}

/// A struct sequence (a tuple with named fields) of the `sys` module.
fn named_tuple(vm: &Vm, class: &str, fields: &[&str], values: Vec<PyRef>) -> PyResult {
    let ns = vm.new_dict();
    let d = ns.downcast::<Dict>().expect("dict");
    d.set_item(vm, vm.intern("__module__"), vm.new_str("sys"))?;
    let names = fields.iter().map(|f| vm.new_str(*f)).collect();
    d.set_item(vm, vm.intern("_fields"), vm.new_tuple(names))?;
    let cls =
        crate::objects::typeobject::new_class(vm, &vm.g.type_, class, vec![vm.g.tuple.clone()], d)?;
    let repr = crate::object::alloc(
        &vm.g.method_descriptor,
        crate::objects::native::MethodDescr::new(
            "__repr__",
            signature!("($self, /)"),
            struct_seq_repr,
            cls.clone(),
            None,
        ),
    );
    vm.setattr_str(&cls, "__repr__", repr)?;
    let t = vm.call1(&cls, vm.new_tuple(values.clone()))?;
    for (k, v) in fields.iter().zip(values) {
        vm.setattr_str(&t, k, v)?;
    }
    Ok(t)
}

pub fn init(vm: &Vm) -> PyResult<()> {
    let m = &vm.sys;
    let fns: &[(&'static str, &'static Signature, NativeFn)] = &[
        ("exit", signature!("($module, status=None, /)"), exit),
        ("exc_info", signature!("($module, /)"), exc_info),
        ("exception", signature!("($module, /)"), exception),
        ("_getframe", signature!("($module, depth=0, /)"), getframe),
        (
            "getrecursionlimit",
            signature!("($module, /)"),
            getrecursionlimit,
        ),
        (
            "setrecursionlimit",
            signature!("($module, limit, /)"),
            setrecursionlimit,
        ),
        (
            "getrefcount",
            signature!("($module, object, /)"),
            getrefcount,
        ),
        (
            "getsizeof",
            signature!(hidden "(object, default=<unrepresentable>)"),
            getsizeof,
        ),
        ("intern", signature!("($module, string, /)"), intern),
        (
            "get_int_max_str_digits",
            signature!("($module, /)"),
            get_int_max_str_digits,
        ),
        (
            "set_int_max_str_digits",
            signature!("($module, /, maxdigits)"),
            set_int_max_str_digits,
        ),
        ("settrace", signature!(hidden "(function, /)"), settrace),
        ("gettrace", signature!("($module, /)"), gettrace),
        ("setprofile", signature!(hidden "(function, /)"), setprofile),
        ("getprofile", signature!("($module, /)"), getprofile),
        (
            "displayhook",
            signature!("($module, object, /)"),
            default_displayhook,
        ),
        (
            "__displayhook__",
            signature!("($module, object, /)"),
            default_displayhook,
        ),
        (
            "excepthook",
            signature!("($module, exctype, value, traceback, /)"),
            default_excepthook,
        ),
        (
            "__excepthook__",
            signature!("($module, exctype, value, traceback, /)"),
            default_excepthook,
        ),
        (
            "breakpointhook",
            signature!(hidden "(*args, **kws)"),
            breakpointhook,
        ),
        (
            "__breakpointhook__",
            signature!(hidden "(*args, **kws)"),
            breakpointhook,
        ),
        (
            "unraisablehook",
            signature!("($module, unraisable, /)"),
            unraisablehook,
        ),
        (
            "__unraisablehook__",
            signature!("($module, unraisable, /)"),
            unraisablehook,
        ),
        (
            "getdefaultencoding",
            signature!("($module, /)"),
            |vm, _a| Ok(vm.new_str("utf-8")),
        ),
        (
            "getfilesystemencoding",
            signature!("($module, /)"),
            |vm, _a| Ok(vm.new_str("utf-8")),
        ),
        (
            "getfilesystemencodeerrors",
            signature!("($module, /)"),
            |vm, _a| Ok(vm.new_str("surrogateescape")),
        ),
        ("is_finalizing", signature!("($module, /)"), |vm, _a| {
            Ok(vm.bool(false))
        }),
        ("audit", signature!(hidden "(*args, **kwargs)"), |vm, _a| {
            Ok(vm.none())
        }),
        (
            "addaudithook",
            signature!("($module, /, hook)"),
            |vm, _a| Ok(vm.none()),
        ),
        ("getswitchinterval", signature!("($module, /)"), |vm, _a| {
            Ok(vm.new_float(0.005))
        }),
    ];
    crate::modules::builtins::add_functions(vm, m, "sys", fns)?;
    let c = &vm.config;
    set(vm, "_trace_function", vm.none())?;
    set(vm, "_profile_function", vm.none())?;
    set(vm, "argv", strs(vm, &c.argv))?;
    set(vm, "orig_argv", strs(vm, &c.orig_argv))?;
    set(vm, "executable", vm.new_str(c.executable.as_str()))?;
    set(vm, "_base_executable", vm.new_str(c.executable.as_str()))?;
    set(vm, "path", strs(vm, &c.path))?;
    set(vm, "modules", vm.modules.clone())?;
    set(vm, "meta_path", vm.new_list(Vec::new()))?;
    set(vm, "path_hooks", vm.new_list(Vec::new()))?;
    set(vm, "path_importer_cache", vm.new_dict())?;
    set(vm, "warnoptions", strs(vm, &c.warn_options))?;
    let xo = vm.new_dict();
    for opt in &c.x_options {
        let (k, v) = match opt.split_once('=') {
            Some((k, v)) => (k, vm.new_str(v)),
            None => (opt.as_str(), vm.bool(true)),
        };
        xo.downcast::<Dict>()
            .expect("dict")
            .set_item(vm, vm.new_str(k), v)?;
    }
    set(vm, "_xoptions", xo)?;
    set(vm, "version", vm.new_str(VERSION))?;
    set(vm, "hexversion", vm.new_int(HEXVERSION))?;
    set(vm, "api_version", vm.new_int(1013))?;
    set(vm, "platform", vm.new_str("linux"))?;
    set(
        vm,
        "byteorder",
        vm.new_str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    )?;
    set(vm, "maxsize", vm.new_int(i64::MAX))?;
    set(vm, "maxunicode", vm.new_int(0x10ffff))?;
    set(vm, "float_repr_style", vm.new_str("short"))?;
    set(vm, "dont_write_bytecode", vm.bool(c.dont_write_bytecode))?;
    set(vm, "pycache_prefix", vm.none())?;
    set(
        vm,
        "copyright",
        vm.new_str("Copyright (c) the Terrarium authors."),
    )?;
    for k in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
        set(vm, k, vm.new_str(""))?;
    }
    set(vm, "platlibdir", vm.new_str("lib"))?;
    let names: Vec<String> = crate::modules::BUILTIN_MODULES
        .iter()
        .map(|s| s.to_string())
        .collect();
    let names_t = vm.new_tuple(names.iter().map(|s| vm.new_str(s.as_str())).collect());
    set(vm, "builtin_module_names", names_t)?;
    let vi = named_tuple(
        vm,
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vec![
            vm.new_int(3),
            vm.new_int(11),
            vm.new_int(7),
            vm.new_str("final"),
            vm.new_int(0),
        ],
    )?;
    set(vm, "version_info", vi.clone())?;
    let flag_names = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ];
    let b = |x: bool| vm.new_int(x as i64);
    let flag_values = vec![
        b(false),
        b(c.inspect),
        b(c.interactive),
        vm.new_int(c.optimize as i64),
        b(c.dont_write_bytecode),
        b(c.no_user_site),
        b(c.no_site),
        b(c.ignore_environment),
        vm.new_int(c.verbose as i64),
        b(false),
        b(c.quiet),
        b(c.hash_seed != Some(0)),
        b(c.isolated),
        vm.bool(false),
        b(false),
        b(false),
        vm.bool(c.safe_path),
        vm.new_int(c.int_max_str_digits as i64),
    ];
    set(
        vm,
        "flags",
        named_tuple(vm, "flags", &flag_names, flag_values)?,
    )?;
    let f = |x: f64| vm.new_float(x);
    let i = |x: i64| vm.new_int(x);
    let float_info = named_tuple(
        vm,
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        vec![
            f(f64::MAX),
            i(1024),
            i(308),
            f(f64::MIN_POSITIVE),
            i(-1021),
            i(-307),
            i(15),
            i(53),
            f(f64::EPSILON),
            i(2),
            i(1),
        ],
    )?;
    set(vm, "float_info", float_info)?;
    let int_info = named_tuple(
        vm,
        "int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
        vec![i(30), i(4), i(4300), i(640)],
    )?;
    set(vm, "int_info", int_info)?;
    let hash_info = named_tuple(
        vm,
        "hash_info",
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
        vec![
            i(64),
            i((1 << 61) - 1),
            i(314159),
            i(0),
            i(1000003),
            vm.new_str("siphash13"),
            i(64),
            i(128),
            i(0),
        ],
    )?;
    set(vm, "hash_info", hash_info)?;
    // Threads are the host's POSIX threads.
    let thread_info = named_tuple(
        vm,
        "thread_info",
        &["name", "lock", "version"],
        vec![vm.new_str("pthread"), vm.new_str("mutex+cond"), vm.none()],
    )?;
    set(vm, "thread_info", thread_info)?;
    let cache_tag = vm.new_str("terrarium-311");
    let imp = namespace(
        vm,
        "implementation",
        vec![
            ("name", vm.new_str("terrarium")),
            ("cache_tag", cache_tag),
            ("version", vi),
            ("hexversion", vm.new_int(HEXVERSION)),
            ("_multiarch", vm.new_str("x86_64-linux-gnu")),
        ],
    )?;
    set(vm, "implementation", imp)?;
    let stdin = crate::modules::io::new_stream(vm, 0, "<stdin>", false);
    let stdout = crate::modules::io::new_stream(vm, 1, "<stdout>", true);
    let stderr = crate::modules::io::new_stream(vm, 2, "<stderr>", true);
    for (n, s) in [("stdin", &stdin), ("stdout", &stdout), ("stderr", &stderr)] {
        set(vm, n, s.clone())?;
        set(vm, &format!("__{n}__"), s.clone())?;
    }
    Ok(())
}

/// Flushes `sys.stdout` and `sys.stderr` (at exit).
pub fn flush_std_streams(vm: &Vm) {
    for n in ["stdout", "stderr"] {
        if let Ok(s) = get(vm, n) {
            if !vm.is_none(&s) {
                if let Err(e) = vm.call_method(&s, "flush", &[]) {
                    if n == "stdout" {
                        write_unraisable(
                            vm,
                            &e,
                            Some("Exception ignored on flushing sys.stdout"),
                            None,
                        );
                    }
                }
            }
        }
    }
}
