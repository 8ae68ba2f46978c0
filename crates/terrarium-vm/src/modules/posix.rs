//! The `posix` module (CPython's `Modules/posixmodule.c`): files,
//! directories, descriptors, the environment and processes, all through the
//! context's OS backend (`vm.os`). The stdlib's `os.py` builds `os` on it.
//!
//! Paths may be `str` (encoded as UTF-8), bytes-like objects, or objects
//! with `__fspath__`; functions that return names return `bytes` when given
//! a bytes path, as CPython does. `dir_fd` is not supported (no `*at`
//! functions in the OS layer), which `_have_functions` reports.

use crate::memory::Reserve;
use crate::objects::signature::Signature;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use terrarium_os::{FileType, Stat, WaitStatus, consts};

use crate::error::{PyErr, PyResult};
use crate::globals::Globals;
use crate::modules::io::{os_error, os_error_with};
use crate::object::{Payload, PyRef, alloc};
use crate::objects::bytes::{Bytes, buffer, new_bytes};
use crate::objects::dict::Dict;
use crate::objects::float::Float;
use crate::objects::int::{Int, new_bigint};
use crate::objects::native::{Args, Getter, NativeFn};
use crate::objects::str::str_payload;
use crate::objects::tuple::Tuple;
use crate::objects::typeobject::lookup;
use crate::objects::{add_getset, add_method, add_static, set_type_attr};
use crate::vm::Vm;

// ---- paths ------------------------------------------------------------------------

/// `os.fspath(obj)`: a str or bytes as is, else the result of
/// `__fspath__`, which must be one of those.
pub fn fspath(vm: &Vm, obj: &PyRef) -> PyResult<PyRef> {
    if str_payload(obj).is_some() || obj.downcast::<Bytes>().is_some() {
        return Ok(obj.clone());
    }
    let Some(f) = lookup(obj.type_obj_ref(), "__fspath__") else {
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            obj.ty().name
        )));
    };
    let r = vm.call_descr(&f, obj, &[])?;
    if str_payload(&r).is_some() || r.downcast::<Bytes>().is_some() {
        return Ok(r);
    }
    Err(vm.type_error(format!(
        "expected {}.__fspath__() to return str or bytes, not {}",
        obj.ty().name,
        r.ty().name
    )))
}

/// The bytes of a path given as str, bytes or path-like object.
pub fn path_bytes(vm: &Vm, obj: &PyRef) -> PyResult<Vec<u8>> {
    let p = fspath(vm, obj)?;
    Ok(match str_payload(&p) {
        Some(s) => s.as_str().as_bytes().to_vec(),
        None => p
            .downcast::<Bytes>()
            .map(|b| b.as_bytes().to_vec())
            .unwrap_or_default(),
    })
}

/// A path argument of a `posix` function.
struct PathArg {
    bytes: Vec<u8>,
    /// The object as given, for error file names.
    obj: PyRef,
    /// Names derived from it come back as bytes.
    is_bytes: bool,
    /// A descriptor given instead of a path (where allowed).
    fd: Option<i32>,
}

impl PathArg {
    fn err(&self, vm: &Vm, e: &terrarium_os::OsError) -> PyErr {
        os_error_with(vm, e, Some(self.obj.clone()), None)
    }

    /// A name or path produced by the OS, typed like this argument.
    fn wrap(&self, vm: &Vm, data: Vec<u8>) -> PyRef {
        if self.is_bytes {
            new_bytes(vm, data)
        } else {
            vm.new_str(String::from_utf8_lossy(&data).into_owned())
        }
    }
}

fn is_int_like(o: &PyRef) -> bool {
    o.downcast::<Int>().is_some()
        || (o.downcast::<Float>().is_none() && lookup(o.type_obj_ref(), "__index__").is_some())
}

fn path_arg(vm: &Vm, o: &PyRef, fname: &str, argname: &str, allow_fd: bool) -> PyResult<PathArg> {
    if allow_fd && is_int_like(o) {
        let fd = fd_arg(vm, o)?;
        return Ok(PathArg {
            bytes: Vec::new(),
            obj: o.clone(),
            is_bytes: false,
            fd: Some(fd),
        });
    }
    let direct = str_payload(o).is_some() || buffer(o).is_some();
    let p = if direct {
        o.clone()
    } else if lookup(o.type_obj_ref(), "__fspath__").is_some() {
        fspath(vm, o)?
    } else {
        let allowed = if allow_fd {
            "string, bytes, os.PathLike or integer"
        } else {
            "string, bytes or os.PathLike"
        };
        return Err(vm.type_error(format!(
            "{fname}: {argname} should be {allowed}, not {}",
            o.ty().name
        )));
    };
    let (bytes, is_bytes) = match str_payload(&p) {
        Some(s) => {
            if s.as_str().contains('\0') {
                return Err(vm.value_error("embedded null byte"));
            }
            (s.as_str().as_bytes().to_vec(), false)
        }
        None => {
            let b = buffer(&p).map(|b| b.into_owned()).unwrap_or_default();
            if b.contains(&0) {
                return Err(vm.value_error(format!("{fname}: embedded null character in path")));
            }
            (b, true)
        }
    };
    Ok(PathArg {
        bytes,
        obj: o.clone(),
        is_bytes,
        fd: None,
    })
}

fn fd_arg(vm: &Vm, o: &PyRef) -> PyResult<i32> {
    let i = vm.index(o)?;
    match i.downcast::<Int>().and_then(Int::to_i64) {
        Some(v) if v > i32::MAX as i64 => Err(vm.overflow_error("fd is greater than maximum")),
        Some(v) if v < i32::MIN as i64 => Err(vm.overflow_error("fd is less than minimum")),
        Some(v) => Ok(v as i32),
        None => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

/// A descriptor from an int or an object with `fileno()`.
fn fileno_arg(vm: &Vm, o: &PyRef) -> PyResult<i32> {
    if is_int_like(o) {
        return fd_arg(vm, o);
    }
    match vm.getattr_opt(o, &vm.intern("fileno"))? {
        Some(f) => {
            let r = vm.call0(&f)?;
            if r.downcast::<Int>().is_none() {
                return Err(vm.type_error("fileno() returned a non-integer"));
            }
            fd_arg(vm, &r)
        }
        None => Err(vm.type_error("argument must be an int, or have a fileno() method.")),
    }
}

fn int_arg<T: TryFrom<i64>>(vm: &Vm, o: &PyRef, what: &str) -> PyResult<T> {
    let i = vm.index(o)?;
    i.downcast::<Int>()
        .and_then(Int::to_i64)
        .and_then(|v| T::try_from(v).ok())
        .ok_or_else(|| vm.overflow_error(format!("{what} is out of range")))
}

fn no_dir_fd(vm: &Vm, dir_fd: &Option<PyRef>) -> PyResult<()> {
    match dir_fd {
        Some(d) if !vm.is_none(d) => {
            Err(vm.new_exc("NotImplementedError", "dir_fd unavailable on this platform"))
        }
        _ => Ok(()),
    }
}

fn flag(vm: &Vm, o: &Option<PyRef>, default: bool) -> PyResult<bool> {
    match o {
        Some(v) => vm.truthy(v),
        None => Ok(default),
    }
}

fn os_err(vm: &Vm) -> impl Fn(terrarium_os::OsError) -> PyErr + '_ {
    move |e| os_error_with(vm, &e, None, None)
}

// ---- struct sequences ----------------------------------------------------------------

/// A struct sequence type (`os.stat_result`, ...): a tuple of the first
/// `n_seq` fields; the others live in the instance's slots.
struct SeqSpec {
    /// The name in reprs and messages.
    name: &'static str,
    /// Every named field, sequence fields first.
    named: &'static [&'static str],
    n_seq: usize,
    /// Sequence fields without a name (their values are still shown in
    /// the repr, under the names of the fields that follow).
    n_unnamed: usize,
}

impl SeqSpec {
    fn n_fields(&self) -> usize {
        self.named.len() + self.n_unnamed
    }
}

const STAT: usize = 0;
const TERMINAL_SIZE: usize = 1;
const UNAME: usize = 2;

/// Fields of `os.stat_result` kept outside the tuple (slot names).
pub const STAT_EXTRA_FIELDS: &[&str] = &[
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime_ns",
    "st_mtime_ns",
    "st_ctime_ns",
    "st_blksize",
    "st_blocks",
    "st_rdev",
];

const SPECS: [SeqSpec; 3] = [
    SeqSpec {
        name: "os.stat_result",
        named: &[
            "st_mode",
            "st_ino",
            "st_dev",
            "st_nlink",
            "st_uid",
            "st_gid",
            "st_size",
            "st_atime",
            "st_mtime",
            "st_ctime",
            "st_atime_ns",
            "st_mtime_ns",
            "st_ctime_ns",
            "st_blksize",
            "st_blocks",
            "st_rdev",
        ],
        n_seq: 10,
        n_unnamed: 3,
    },
    SeqSpec {
        name: "os.terminal_size",
        named: &["columns", "lines"],
        n_seq: 2,
        n_unnamed: 0,
    },
    SeqSpec {
        name: "posix.uname_result",
        named: &["sysname", "nodename", "release", "version", "machine"],
        n_seq: 5,
        n_unnamed: 0,
    },
];

fn spec_type(g: &Globals, k: usize) -> &PyRef {
    match k {
        STAT => &g.posix.stat_result,
        TERMINAL_SIZE => &g.posix.terminal_size,
        _ => &g.posix.uname_result,
    }
}

/// A struct sequence of type `cls` from all its field values.
fn new_structseq(cls: &PyRef, spec: &SeqSpec, mut values: Vec<PyRef>) -> PyRef {
    let extra = values.split_off(spec.n_seq.min(values.len()));
    let obj = alloc(cls, Tuple::new(values));
    if let Some(e) = obj.extra() {
        for (slot, v) in e.slots.iter().zip(extra) {
            *slot.borrow_mut() = Some(v);
        }
    }
    obj
}

fn seq_get<const I: usize>(vm: &Vm, o: &PyRef) -> PyResult {
    o.downcast::<Tuple>()
        .and_then(|t| t.items().get(I).cloned())
        .ok_or_else(|| vm.new_exc("AttributeError", "struct sequence field missing"))
}

fn slot_get<const J: usize>(vm: &Vm, o: &PyRef) -> PyResult {
    let v = o
        .extra()
        .and_then(|e| e.slots.get(J).and_then(|s| s.borrow().clone()));
    Ok(v.unwrap_or_else(|| vm.none()))
}

const SEQ_GETTERS: [Getter; 10] = [
    seq_get::<0>,
    seq_get::<1>,
    seq_get::<2>,
    seq_get::<3>,
    seq_get::<4>,
    seq_get::<5>,
    seq_get::<6>,
    seq_get::<7>,
    seq_get::<8>,
    seq_get::<9>,
];

const SLOT_GETTERS: [Getter; 9] = [
    slot_get::<0>,
    slot_get::<1>,
    slot_get::<2>,
    slot_get::<3>,
    slot_get::<4>,
    slot_get::<5>,
    slot_get::<6>,
    slot_get::<7>,
    slot_get::<8>,
];

fn structseq_new<const K: usize>(vm: &Vm, a: Args) -> PyResult {
    let spec = &SPECS[K];
    let [cls, seq, dict] = a.bind(vm, spec.name, ["cls", "sequence", "dict"], 0, 2, 0)?;
    let (cls, seq) = (cls.expect("required"), seq.expect("required"));
    let mut values = vm.to_vec(&seq)?;
    let (n, min, max) = (values.len(), spec.n_seq, spec.n_fields());
    if n < min || n > max {
        let msg = if min == max {
            format!(
                "{}() takes a {min}-sequence ({n}-sequence given)",
                spec.name
            )
        } else if n < min {
            format!(
                "{}() takes an at least {min}-sequence ({n}-sequence given)",
                spec.name
            )
        } else {
            format!(
                "{}() takes an at most {max}-sequence ({n}-sequence given)",
                spec.name
            )
        };
        return Err(vm.type_error(msg));
    }
    let dict = dict.filter(|d| !vm.is_none(d));
    let first_extra = spec.n_seq - spec.n_unnamed;
    for k in n..max {
        let name = spec.named[first_extra + (k - spec.n_seq)];
        let v = match &dict {
            Some(d) => vm.call_method(d, "get", &[vm.new_str(name)])?,
            None => vm.none(),
        };
        values.push(v);
    }
    if K == STAT {
        // As in CPython, float times not given default to the int ones.
        for i in 0..3 {
            if vm.is_none(&values[10 + i]) {
                values[10 + i] = values[7 + i].clone();
            }
        }
    }
    Ok(new_structseq(&cls, spec, values))
}

fn structseq_repr<const K: usize>(vm: &Vm, a: Args) -> PyResult {
    let spec = &SPECS[K];
    let items = a
        .zelf()
        .downcast::<Tuple>()
        .map(|t| t.items().to_vec())
        .unwrap_or_default();
    let mut parts = Vec::new();
    for (name, v) in spec.named.iter().zip(items.iter()) {
        parts.push(format!("{name}={}", vm.repr_string(v)?));
    }
    Ok(vm.new_str(format!("{}({})", spec.name, parts.join(", "))))
}

fn structseq_reduce<const K: usize>(vm: &Vm, a: Args) -> PyResult {
    let spec = &SPECS[K];
    let zelf = a.zelf();
    let items = zelf
        .downcast::<Tuple>()
        .map(|t| t.items().to_vec())
        .unwrap_or_default();
    let d = vm.new_dict();
    if let Some(e) = zelf.extra() {
        let first_extra = spec.n_seq - spec.n_unnamed;
        for (j, slot) in e.slots.iter().enumerate() {
            let v = slot.borrow().clone().unwrap_or_else(|| vm.none());
            vm.setitem(&d, &vm.new_str(spec.named[first_extra + j]), v)?;
        }
    }
    Ok(vm.new_tuple(vec![
        zelf.class(),
        vm.new_tuple(vec![vm.new_tuple(items), d]),
    ]))
}

fn fill_structseq<const K: usize>(g: &Globals) {
    let spec = &SPECS[K];
    let t = spec_type(g, K);
    add_static(
        g,
        t,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        structseq_new::<K>,
    );
    add_method(
        g,
        t,
        "__repr__",
        signature!("($self, /)"),
        structseq_repr::<K>,
    );
    add_method(
        g,
        t,
        "__reduce__",
        signature!(hidden "($self, /)"),
        structseq_reduce::<K>,
    );
    let n_named_seq = spec.n_seq - spec.n_unnamed;
    for (k, name) in spec.named.iter().enumerate() {
        let getter = if k < n_named_seq {
            SEQ_GETTERS[k]
        } else {
            SLOT_GETTERS[k - n_named_seq]
        };
        add_getset(g, t, name, getter, None);
    }
    for (name, v) in [
        ("n_sequence_fields", spec.n_seq),
        ("n_fields", spec.n_fields()),
        ("n_unnamed_fields", spec.n_unnamed),
    ] {
        set_type_attr(g, t, name, g.small_ints[v + 5].clone());
    }
}

/// The seconds of a nanosecond timestamp as an int and as a float.
fn split_ns(vm: &Vm, ns: i128) -> (PyRef, PyRef) {
    let sec = ns.div_euclid(1_000_000_000);
    let nsec = ns.rem_euclid(1_000_000_000);
    let secs = match i64::try_from(sec) {
        Ok(s) => vm.new_int(s),
        Err(_) => new_bigint(vm, sec.into()),
    };
    (secs, vm.new_float(sec as f64 + nsec as f64 * 1e-9))
}

fn int128(vm: &Vm, v: i128) -> PyRef {
    match i64::try_from(v) {
        Ok(s) => vm.new_int(s),
        Err(_) => new_bigint(vm, v.into()),
    }
}

fn stat_result(vm: &Vm, st: &Stat) -> PyRef {
    let (ai, af) = split_ns(vm, st.st_atime_ns);
    let (mi, mf) = split_ns(vm, st.st_mtime_ns);
    let (ci, cf) = split_ns(vm, st.st_ctime_ns);
    let u = |v: u64| int128(vm, v as i128);
    let values = vec![
        vm.new_int(st.st_mode as i64),
        u(st.st_ino),
        u(st.st_dev),
        u(st.st_nlink),
        vm.new_int(st.st_uid as i64),
        vm.new_int(st.st_gid as i64),
        vm.new_int(st.st_size),
        ai,
        mi,
        ci,
        af,
        mf,
        cf,
        int128(vm, st.st_atime_ns),
        int128(vm, st.st_mtime_ns),
        int128(vm, st.st_ctime_ns),
        vm.new_int(st.st_blksize),
        vm.new_int(st.st_blocks),
        u(st.st_rdev),
    ];
    new_structseq(&vm.g.posix.stat_result, &SPECS[STAT], values)
}

// ---- files and directories -------------------------------------------------------

fn getcwd(vm: &Vm, _a: Args) -> PyResult {
    let cwd = vm.os.getcwd().map_err(os_err(vm))?;
    Ok(vm.new_str(String::from_utf8_lossy(&cwd).into_owned()))
}

fn getcwdb(vm: &Vm, _a: Args) -> PyResult {
    Ok(new_bytes(vm, vm.os.getcwd().map_err(os_err(vm))?))
}

fn chdir(vm: &Vm, a: Args) -> PyResult {
    let [path] = a.bind(vm, "chdir", ["path"], 0, 1, 0)?;
    let p = path_arg(vm, &path.expect("required"), "chdir", "path", false)?;
    vm.os.chdir(&p.bytes).map_err(|e| p.err(vm, &e))?;
    Ok(vm.none())
}

/// The directory argument of `listdir` / `scandir` (default '.').
fn dir_arg(vm: &Vm, path: Option<PyRef>, fname: &str) -> PyResult<PathArg> {
    match path.filter(|p| !vm.is_none(p)) {
        None => Ok(PathArg {
            bytes: b".".to_vec(),
            obj: vm.new_str("."),
            is_bytes: false,
            fd: None,
        }),
        Some(p) => {
            if is_int_like(&p) {
                return Err(vm.new_exc(
                    "NotImplementedError",
                    format!("{fname}: file descriptors are not supported"),
                ));
            }
            if str_payload(&p).is_none()
                && buffer(&p).is_none()
                && lookup(p.type_obj_ref(), "__fspath__").is_none()
            {
                return Err(vm.type_error(format!(
                    "{fname}: path should be string, bytes, os.PathLike, integer or None, not {}",
                    p.ty().name
                )));
            }
            path_arg(vm, &p, fname, "path", false)
        }
    }
}

fn listdir(vm: &Vm, a: Args) -> PyResult {
    let [path] = a.bind(vm, "listdir", ["path"], 0, 0, 0)?;
    let p = dir_arg(vm, path, "listdir")?;
    let names = vm.os.listdir(&p.bytes).map_err(|e| p.err(vm, &e))?;
    Ok(vm.new_list(names.into_iter().map(|n| p.wrap(vm, n)).collect()))
}

fn stat_impl(vm: &Vm, p: &PathArg, follow: bool) -> PyResult {
    let st = match p.fd {
        Some(fd) => vm.os.fstat(fd).map_err(os_err(vm))?,
        None if follow => vm.os.stat(&p.bytes).map_err(|e| p.err(vm, &e))?,
        None => vm.os.lstat(&p.bytes).map_err(|e| p.err(vm, &e))?,
    };
    Ok(stat_result(vm, &st))
}

fn stat(vm: &Vm, a: Args) -> PyResult {
    let [path, dir_fd, follow] =
        a.bind(vm, "stat", ["path", "dir_fd", "follow_symlinks"], 0, 1, 1)?;
    no_dir_fd(vm, &dir_fd)?;
    let p = path_arg(vm, &path.expect("required"), "stat", "path", true)?;
    stat_impl(vm, &p, flag(vm, &follow, true)?)
}

fn lstat(vm: &Vm, a: Args) -> PyResult {
    let [path, dir_fd] = a.bind(vm, "lstat", ["path", "dir_fd"], 0, 1, 1)?;
    no_dir_fd(vm, &dir_fd)?;
    let p = path_arg(vm, &path.expect("required"), "lstat", "path", false)?;
    stat_impl(vm, &p, false)
}

fn fstat(vm: &Vm, a: Args) -> PyResult {
    let [fd] = a.bind(vm, "fstat", ["fd"], 0, 1, 0)?;
    let fd = fd_arg(vm, &fd.expect("required"))?;
    Ok(stat_result(vm, &vm.os.fstat(fd).map_err(os_err(vm))?))
}

fn mkdir(vm: &Vm, a: Args) -> PyResult {
    let [path, mode, dir_fd] = a.bind(vm, "mkdir", ["path", "mode", "dir_fd"], 0, 1, 2)?;
    no_dir_fd(vm, &dir_fd)?;
    let p = path_arg(vm, &path.expect("required"), "mkdir", "path", false)?;
    let mode = match &mode {
        Some(m) => int_arg::<u32>(vm, m, "mode")?,
        None => 0o777,
    };
    vm.os.mkdir(&p.bytes, mode).map_err(|e| p.err(vm, &e))?;
    Ok(vm.none())
}

fn path_op(
    vm: &Vm,
    a: Args,
    fname: &str,
    op: fn(&dyn terrarium_os::Posix, &[u8]) -> terrarium_os::OsResult<()>,
) -> PyResult {
    let [path, dir_fd] = a.bind(vm, fname, ["path", "dir_fd"], 0, 1, 1)?;
    no_dir_fd(vm, &dir_fd)?;
    let p = path_arg(vm, &path.expect("required"), fname, "path", false)?;
    op(&*vm.os, &p.bytes).map_err(|e| p.err(vm, &e))?;
    Ok(vm.none())
}

fn rename_impl(vm: &Vm, a: Args, fname: &str) -> PyResult {
    let [src, dst, sdf, ddf] = a.bind(
        vm,
        fname,
        ["src", "dst", "src_dir_fd", "dst_dir_fd"],
        0,
        2,
        2,
    )?;
    no_dir_fd(vm, &sdf)?;
    no_dir_fd(vm, &ddf)?;
    let s = path_arg(vm, &src.expect("required"), fname, "src", false)?;
    let d = path_arg(vm, &dst.expect("required"), fname, "dst", false)?;
    if s.is_bytes != d.is_bytes {
        return Err(vm.type_error(format!("{fname}: src and dst must be the same type")));
    }
    vm.os
        .rename(&s.bytes, &d.bytes)
        .map_err(|e| os_error_with(vm, &e, Some(s.obj.clone()), Some(d.obj.clone())))?;
    Ok(vm.none())
}

fn symlink(vm: &Vm, a: Args) -> PyResult {
    let [src, dst, _target_is_dir, dir_fd] = a.bind(
        vm,
        "symlink",
        ["src", "dst", "target_is_directory", "dir_fd"],
        0,
        2,
        2,
    )?;
    no_dir_fd(vm, &dir_fd)?;
    let s = path_arg(vm, &src.expect("required"), "symlink", "src", false)?;
    let d = path_arg(vm, &dst.expect("required"), "symlink", "dst", false)?;
    vm.os
        .symlink(&s.bytes, &d.bytes)
        .map_err(|e| os_error_with(vm, &e, Some(s.obj.clone()), Some(d.obj.clone())))?;
    Ok(vm.none())
}

fn readlink(vm: &Vm, a: Args) -> PyResult {
    let [path, dir_fd] = a.bind(vm, "readlink", ["path", "dir_fd"], 0, 1, 1)?;
    no_dir_fd(vm, &dir_fd)?;
    let p = path_arg(vm, &path.expect("required"), "readlink", "path", false)?;
    let target = vm.os.readlink(&p.bytes).map_err(|e| p.err(vm, &e))?;
    Ok(p.wrap(vm, target))
}

fn chmod(vm: &Vm, a: Args) -> PyResult {
    let [path, mode, dir_fd, follow] = a.bind(
        vm,
        "chmod",
        ["path", "mode", "dir_fd", "follow_symlinks"],
        0,
        2,
        2,
    )?;
    no_dir_fd(vm, &dir_fd)?;
    let p = path_arg(vm, &path.expect("required"), "chmod", "path", false)?;
    let mode = int_arg::<u32>(vm, &mode.expect("required"), "mode")?;
    vm.os
        .chmod(&p.bytes, mode, flag(vm, &follow, true)?)
        .map_err(|e| p.err(vm, &e))?;
    Ok(vm.none())
}

/// Seconds (int or float) as nanoseconds, rounded towards minus infinity.
fn seconds_to_ns(vm: &Vm, o: &PyRef) -> PyResult<i128> {
    if let Some(f) = o.downcast::<Float>() {
        if !f.0.is_finite() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        return Ok((f.0 * 1e9).floor() as i128);
    }
    let i = vm.index_bigint(o)?;
    let v: i128 = i
        .try_into()
        .map_err(|_| vm.overflow_error("timestamp out of range for platform time_t"))?;
    Ok(v.saturating_mul(1_000_000_000))
}

fn pair(o: &PyRef) -> Option<(PyRef, PyRef)> {
    let t = o.downcast::<Tuple>()?;
    match t.items() {
        [a, b] => Some((a.clone(), b.clone())),
        _ => None,
    }
}

fn utime(vm: &Vm, a: Args) -> PyResult {
    let [path, times, ns, dir_fd, follow] = a.bind(
        vm,
        "utime",
        ["path", "times", "ns", "dir_fd", "follow_symlinks"],
        0,
        1,
        2,
    )?;
    no_dir_fd(vm, &dir_fd)?;
    let p = path_arg(vm, &path.expect("required"), "utime", "path", false)?;
    let times = times.filter(|t| !vm.is_none(t));
    if times.is_some() && ns.is_some() {
        return Err(vm.value_error("utime: you may specify either 'times' or 'ns' but not both"));
    }
    let value = if let Some(t) = times {
        let Some((at, mt)) = pair(&t) else {
            return Err(vm.type_error("utime: 'times' must be either a tuple of two ints or None"));
        };
        Some((seconds_to_ns(vm, &at)?, seconds_to_ns(vm, &mt)?))
    } else if let Some(n) = ns {
        let Some((at, mt)) = pair(&n).filter(|(x, y)| is_int_like(x) && is_int_like(y)) else {
            return Err(vm.type_error("utime: 'ns' must be a tuple of two ints"));
        };
        let conv = |o: &PyRef| -> PyResult<i128> {
            vm.index_bigint(o)?
                .try_into()
                .map_err(|_| vm.overflow_error("timestamp out of range"))
        };
        Some((conv(&at)?, conv(&mt)?))
    } else {
        None
    };
    vm.os
        .utime(&p.bytes, value, flag(vm, &follow, true)?)
        .map_err(os_err(vm))?;
    Ok(vm.none())
}

fn access(vm: &Vm, a: Args) -> PyResult {
    let [path, mode, dir_fd, effective_ids, follow] = a.bind(
        vm,
        "access",
        ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        0,
        2,
        2,
    )?;
    no_dir_fd(vm, &dir_fd)?;
    if flag(vm, &effective_ids, false)? {
        return Err(vm.new_exc(
            "NotImplementedError",
            "effective_ids unavailable on this platform",
        ));
    }
    let _ = follow;
    let p = path_arg(vm, &path.expect("required"), "access", "path", false)?;
    let mode = int_arg::<i32>(vm, &mode.expect("required"), "mode")?;
    Ok(vm.bool(vm.os.access(&p.bytes, mode).is_ok()))
}

fn umask(vm: &Vm, a: Args) -> PyResult {
    let [mask] = a.bind(vm, "umask", ["mask"], 0, 1, 0)?;
    let mask = int_arg::<u32>(vm, &mask.expect("required"), "mask")?;
    Ok(vm.new_int(vm.os.umask(mask) as i64))
}

fn truncate(vm: &Vm, a: Args) -> PyResult {
    let [path, length] = a.bind(vm, "truncate", ["path", "length"], 0, 2, 0)?;
    let p = path_arg(vm, &path.expect("required"), "truncate", "path", true)?;
    let length = int_arg::<i64>(vm, &length.expect("required"), "length")?;
    match p.fd {
        Some(fd) => vm.os.ftruncate(fd, length).map_err(os_err(vm))?,
        None => {
            let fd = vm
                .os
                .open(&p.bytes, consts::O_WRONLY | consts::O_CLOEXEC, 0)
                .map_err(|e| p.err(vm, &e))?;
            let r = vm.os.ftruncate(fd, length);
            let _ = vm.os.close(fd);
            r.map_err(|e| p.err(vm, &e))?;
        }
    }
    Ok(vm.none())
}

// ---- scandir -----------------------------------------------------------------------

pub struct DirEntryObj {
    name: PyRef,
    path: PyRef,
    path_bytes: Vec<u8>,
    ino: u64,
    file_type: FileType,
    stat: RefCell<Option<PyRef>>,
    lstat: RefCell<Option<PyRef>>,
}

impl Payload for DirEntryObj {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.name);
        visit(&self.path);
        for c in [&self.stat, &self.lstat] {
            if let Ok(v) = c.try_borrow()
                && let Some(v) = v.as_ref()
            {
                visit(v);
            }
        }
    }
}

fn entry<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a DirEntryObj> {
    o.downcast::<DirEntryObj>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'posix.DirEntry' object"))
}

fn entry_lstat(vm: &Vm, e: &DirEntryObj) -> PyResult {
    if let Some(s) = e.lstat.borrow().clone() {
        return Ok(s);
    }
    let st = vm
        .os
        .lstat(&e.path_bytes)
        .map_err(|err| os_error_with(vm, &err, Some(e.path.clone()), None))?;
    let r = stat_result(vm, &st);
    *e.lstat.borrow_mut() = Some(r.clone());
    Ok(r)
}

fn entry_is_symlink(vm: &Vm, e: &DirEntryObj) -> PyResult<bool> {
    if e.file_type != FileType::Unknown {
        return Ok(e.file_type == FileType::Symlink);
    }
    Ok(mode_of(vm, &entry_lstat(vm, e)?)? & consts::S_IFMT == consts::S_IFLNK)
}

fn entry_stat(vm: &Vm, e: &DirEntryObj, follow: bool) -> PyResult {
    if !follow {
        return entry_lstat(vm, e);
    }
    if let Some(s) = e.stat.borrow().clone() {
        return Ok(s);
    }
    let r = if entry_is_symlink(vm, e)? {
        let st = vm
            .os
            .stat(&e.path_bytes)
            .map_err(|err| os_error_with(vm, &err, Some(e.path.clone()), None))?;
        stat_result(vm, &st)
    } else {
        entry_lstat(vm, e)?
    };
    *e.stat.borrow_mut() = Some(r.clone());
    Ok(r)
}

fn mode_of(vm: &Vm, st: &PyRef) -> PyResult<u32> {
    let m = seq_get::<0>(vm, st)?;
    int_arg::<u32>(vm, &m, "st_mode")
}

/// `is_dir()` / `is_file()`: from the directory's own type information when
/// it settles the question, else from a stat (a missing file is neither).
fn entry_test(vm: &Vm, a: Args, fname: &str, want: u32) -> PyResult {
    let [follow] = a.bind(vm, fname, ["follow_symlinks"], 1, 0, 0)?;
    let follow = flag(vm, &follow, true)?;
    let e = entry(vm, a.zelf())?;
    let need_stat =
        e.file_type == FileType::Unknown || (follow && e.file_type == FileType::Symlink);
    if !need_stat {
        return Ok(vm.bool(e.file_type.mode_bits() == want));
    }
    match entry_stat(vm, e, follow) {
        Ok(st) => Ok(vm.bool(mode_of(vm, &st)? & consts::S_IFMT == want)),
        Err(err) if vm.err_matches(&err, "FileNotFoundError") => Ok(vm.bool(false)),
        Err(err) => Err(err),
    }
}

pub struct ScandirIter {
    entries: RefCell<VecDeque<terrarium_os::DirEntry>>,
    dir: PathArg,
    closed: Cell<bool>,
}

impl Payload for ScandirIter {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.dir.obj);
    }
}

fn scandir(vm: &Vm, a: Args) -> PyResult {
    let [path] = a.bind(vm, "scandir", ["path"], 0, 0, 0)?;
    let p = dir_arg(vm, path, "scandir")?;
    let entries = vm.os.scandir(&p.bytes).map_err(|e| p.err(vm, &e))?;
    Ok(alloc(
        &vm.g.posix.scandir_iterator,
        ScandirIter {
            entries: RefCell::new(entries.into()),
            dir: p,
            closed: Cell::new(false),
        },
    ))
}

fn scandir_next(vm: &Vm, a: Args) -> PyResult {
    let it = a
        .zelf()
        .downcast::<ScandirIter>()
        .ok_or_else(|| vm.type_error("ScandirIterator expected"))?;
    let next = it.entries.borrow_mut().pop_front();
    let Some(d) = next else {
        it.closed.set(true);
        return Err(vm.stop_iteration(None));
    };
    let mut full = it.dir.bytes.clone();
    if !full.is_empty() && !full.ends_with(b"/") {
        full.push(b'/');
    }
    full.extend_from_slice(&d.name);
    let obj = DirEntryObj {
        name: it.dir.wrap(vm, d.name),
        path: it.dir.wrap(vm, full.clone()),
        path_bytes: full,
        ino: d.ino,
        file_type: d.file_type,
        stat: RefCell::new(None),
        lstat: RefCell::new(None),
    };
    Ok(alloc(&vm.g.posix.dir_entry, obj))
}

fn scandir_close(vm: &Vm, a: Args) -> PyResult {
    if let Some(it) = a.zelf().downcast::<ScandirIter>() {
        it.entries.borrow_mut().clear();
        it.closed.set(true);
    }
    Ok(vm.none())
}

// ---- descriptors ------------------------------------------------------------------

fn open(vm: &Vm, a: Args) -> PyResult {
    let [path, flags, mode, dir_fd] =
        a.bind(vm, "open", ["path", "flags", "mode", "dir_fd"], 0, 2, 3)?;
    no_dir_fd(vm, &dir_fd)?;
    let p = path_arg(vm, &path.expect("required"), "open", "path", false)?;
    let flags = int_arg::<i32>(vm, &flags.expect("required"), "flags")?;
    let mode = match &mode {
        Some(m) => int_arg::<u32>(vm, m, "mode")?,
        None => 0o777,
    };
    let fd = vm
        .os
        .open(&p.bytes, flags | consts::O_CLOEXEC, mode)
        .map_err(|e| p.err(vm, &e))?;
    Ok(vm.new_int(fd as i64))
}

fn fd_only(vm: &Vm, a: &Args, fname: &str) -> PyResult<i32> {
    let pos = a.check_pos(vm, fname, 0, 1, 1)?;
    fd_arg(vm, &pos[0])
}

fn read(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "read", 0, 2, 2)?;
    let fd = fd_arg(vm, &pos[0])?;
    let n = vm.index_isize(&pos[1], None)?;
    if n < 0 {
        return Err(os_error(
            vm,
            &terrarium_os::OsError::new(terrarium_os::errno::EINVAL),
        ));
    }
    let mut buf = Vec::new();
    buf.reserve_exact_or_raise(vm, n as usize)?;
    buf.resize(n as usize, 0);
    let got = vm.os.read(fd, &mut buf).map_err(os_err(vm))?;
    buf.truncate(got);
    Ok(new_bytes(vm, buf))
}

fn write(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "write", 0, 2, 2)?;
    let fd = fd_arg(vm, &pos[0])?;
    let Some(data) = buffer(&pos[1]) else {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            pos[1].ty().name
        )));
    };
    Ok(vm.new_int(vm.os.write(fd, &data).map_err(os_err(vm))? as i64))
}

fn lseek(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "lseek", 0, 3, 3)?;
    let fd = fd_arg(vm, &pos[0])?;
    let off = int_arg::<i64>(vm, &pos[1], "position")?;
    let how = int_arg::<i32>(vm, &pos[2], "how")?;
    Ok(vm.new_int(vm.os.lseek(fd, off, how).map_err(os_err(vm))?))
}

fn dup2(vm: &Vm, a: Args) -> PyResult {
    let [fd, fd2, inheritable] = a.bind(vm, "dup2", ["fd", "fd2", "inheritable"], 0, 2, 0)?;
    let fd = fd_arg(vm, &fd.expect("required"))?;
    let fd2 = fd_arg(vm, &fd2.expect("required"))?;
    let r = vm
        .os
        .dup2(fd, fd2, flag(vm, &inheritable, true)?)
        .map_err(os_err(vm))?;
    Ok(vm.new_int(r as i64))
}

fn closerange(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "closerange", 0, 2, 2)?;
    let lo = fd_arg(vm, &pos[0])?.max(0);
    let hi = fd_arg(vm, &pos[1])?;
    for fd in lo..hi {
        let _ = vm.os.close(fd);
    }
    Ok(vm.none())
}

fn set_inheritable(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "set_inheritable", 0, 2, 2)?;
    let fd = fd_arg(vm, &pos[0])?;
    vm.os
        .set_inheritable(fd, vm.truthy(&pos[1])?)
        .map_err(os_err(vm))?;
    Ok(vm.none())
}

fn get_terminal_size(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "get_terminal_size", 0, 0, 1)?;
    let fd = match pos.first() {
        Some(f) => fd_arg(vm, f)?,
        None => 1,
    };
    let size = vm.os.get_terminal_size(fd).map_err(os_err(vm))?;
    let values = vec![
        vm.new_int(size.columns as i64),
        vm.new_int(size.lines as i64),
    ];
    Ok(new_structseq(
        &vm.g.posix.terminal_size,
        &SPECS[TERMINAL_SIZE],
        values,
    ))
}

// ---- process and environment -------------------------------------------------------

fn uname(vm: &Vm, _a: Args) -> PyResult {
    let u = vm.os.uname().map_err(os_err(vm))?;
    let s = |b: &[u8]| vm.new_str(String::from_utf8_lossy(b).into_owned());
    let values = vec![
        s(&u.sysname),
        s(&u.nodename),
        s(&u.release),
        s(&u.version),
        s(&u.machine),
    ];
    Ok(new_structseq(
        &vm.g.posix.uname_result,
        &SPECS[UNAME],
        values,
    ))
}

fn urandom(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "urandom", 0, 1, 1)?;
    let n = vm.index_isize(&pos[0], None)?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = Vec::new();
    buf.reserve_exact_or_raise(vm, n as usize)?;
    buf.resize(n as usize, 0);
    vm.os.urandom(&mut buf).map_err(os_err(vm))?;
    Ok(new_bytes(vm, buf))
}

/// An environment variable name or value given as str or bytes.
fn env_arg(vm: &Vm, o: &PyRef, fname: &str, argname: &str) -> PyResult<Vec<u8>> {
    let p = path_arg(vm, o, fname, argname, false)?;
    Ok(p.bytes)
}

fn putenv(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "putenv", 0, 2, 2)?;
    let name = env_arg(vm, &pos[0], "putenv", "name")?;
    let value = env_arg(vm, &pos[1], "putenv", "value")?;
    if name.is_empty() || name.contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    vm.os.putenv(&name, &value).map_err(os_err(vm))?;
    Ok(vm.none())
}

fn unsetenv(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "unsetenv", 0, 1, 1)?;
    let name = env_arg(vm, &pos[0], "unsetenv", "name")?;
    if name.contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    vm.os.unsetenv(&name).map_err(os_err(vm))?;
    Ok(vm.none())
}

fn kill(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "kill", 0, 2, 2)?;
    let pid = int_arg::<i32>(vm, &pos[0], "pid")?;
    let sig = int_arg::<i32>(vm, &pos[1], "signal")?;
    vm.os.kill(pid, sig).map_err(os_err(vm))?;
    Ok(vm.none())
}

fn waitpid(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "waitpid", 0, 2, 2)?;
    let pid = int_arg::<i32>(vm, &pos[0], "pid")?;
    let options = int_arg::<i32>(vm, &pos[1], "options")?;
    let (p, status) = vm.os.waitpid(pid, options).map_err(os_err(vm))?;
    Ok(vm.new_tuple(vec![vm.new_int(p as i64), vm.new_int(status as i64)]))
}

fn status_arg(vm: &Vm, a: &Args, fname: &str) -> PyResult<WaitStatus> {
    let [status] = a.bind(vm, fname, ["status"], 0, 1, 0)?;
    Ok(WaitStatus(int_arg::<i32>(
        vm,
        &status.expect("required"),
        "status",
    )?))
}

fn waitstatus_to_exitcode(vm: &Vm, a: Args) -> PyResult {
    let s = status_arg(vm, &a, "waitstatus_to_exitcode")?;
    if let Some(code) = s.exit_code() {
        return Ok(vm.new_int(code as i64));
    }
    if let Some(sig) = s.signal() {
        return Ok(vm.new_int(-(sig as i64)));
    }
    Err(vm.value_error(format!("invalid wait status: {}", s.0)))
}

fn device_encoding(vm: &Vm, a: Args) -> PyResult {
    let [fd] = a.bind(vm, "device_encoding", ["fd"], 0, 1, 0)?;
    let fd = fd_arg(vm, &fd.expect("required"))?;
    Ok(if vm.os.isatty(fd) {
        vm.new_str("UTF-8")
    } else {
        vm.none()
    })
}

fn fspath_fn(vm: &Vm, a: Args) -> PyResult {
    let [path] = a.bind(vm, "fspath", ["path"], 0, 1, 0)?;
    fspath(vm, &path.expect("required"))
}

fn environ(vm: &Vm) -> PyResult {
    let d = vm.new_dict();
    let dd = d.downcast::<Dict>().expect("dict");
    for (k, v) in vm.os.environ() {
        dd.set_item(vm, new_bytes(vm, k), new_bytes(vm, v))?;
    }
    Ok(d)
}

pub fn make(vm: &Vm) -> PyResult<PyRef> {
    let m = crate::objects::module::new_module(vm, "posix");
    let fns: &[(&'static str, &'static Signature, NativeFn)] = &[
        ("getcwd", signature!("($module, /)"), getcwd),
        ("getcwdb", signature!("($module, /)"), getcwdb),
        ("chdir", signature!("($module, /, path)"), chdir),
        ("listdir", signature!("($module, /, path=None)"), listdir),
        ("scandir", signature!("($module, /, path=None)"), scandir),
        (
            "stat",
            signature!("($module, /, path, *, dir_fd=None, follow_symlinks=True)"),
            stat,
        ),
        (
            "lstat",
            signature!("($module, /, path, *, dir_fd=None)"),
            lstat,
        ),
        ("fstat", signature!("($module, /, fd)"), fstat),
        (
            "mkdir",
            signature!("($module, /, path, mode=511, *, dir_fd=None)"),
            mkdir,
        ),
        (
            "rmdir",
            signature!("($module, /, path, *, dir_fd=None)"),
            |vm, a| path_op(vm, a, "rmdir", |os, p| os.rmdir(p)),
        ),
        (
            "unlink",
            signature!("($module, /, path, *, dir_fd=None)"),
            |vm, a| path_op(vm, a, "unlink", |os, p| os.unlink(p)),
        ),
        (
            "remove",
            signature!("($module, /, path, *, dir_fd=None)"),
            |vm, a| path_op(vm, a, "remove", |os, p| os.unlink(p)),
        ),
        (
            "rename",
            signature!("($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)"),
            |vm, a| rename_impl(vm, a, "rename"),
        ),
        (
            "replace",
            signature!("($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)"),
            |vm, a| rename_impl(vm, a, "replace"),
        ),
        (
            "symlink",
            signature!("($module, /, src, dst, target_is_directory=False, *, dir_fd=None)"),
            symlink,
        ),
        (
            "readlink",
            signature!("($module, /, path, *, dir_fd=None)"),
            readlink,
        ),
        (
            "chmod",
            signature!("($module, /, path, mode, *, dir_fd=None, follow_symlinks=True)"),
            chmod,
        ),
        (
            "utime",
            signature!(
                "($module, /, path, times=None, *, ns=<unrepresentable>,
      dir_fd=None, follow_symlinks=True)"
            ),
            utime,
        ),
        (
            "access",
            signature!(
                "($module, /, path, mode, *, dir_fd=None, effective_ids=False,
       follow_symlinks=True)"
            ),
            access,
        ),
        ("umask", signature!("($module, mask, /)"), umask),
        (
            "truncate",
            signature!("($module, /, path, length)"),
            truncate,
        ),
        (
            "open",
            signature!("($module, /, path, flags, mode=511, *, dir_fd=None)"),
            open,
        ),
        ("read", signature!("($module, fd, length, /)"), read),
        ("write", signature!("($module, fd, data, /)"), write),
        ("close", signature!("($module, /, fd)"), |vm, a| {
            let fd = fd_only(vm, &a, "close")?;
            vm.os.close(fd).map_err(os_err(vm))?;
            Ok(vm.none())
        }),
        (
            "closerange",
            signature!("($module, fd_low, fd_high, /)"),
            closerange,
        ),
        (
            "lseek",
            signature!("($module, fd, position, whence, /)"),
            lseek,
        ),
        ("fsync", signature!("($module, /, fd)"), |vm, a| {
            let pos = a.check_pos(vm, "fsync", 0, 1, 1)?;
            let fd = fileno_arg(vm, &pos[0])?;
            vm.os.fsync(fd).map_err(os_err(vm))?;
            Ok(vm.none())
        }),
        (
            "ftruncate",
            signature!("($module, fd, length, /)"),
            |vm, a| {
                let pos = a.check_pos(vm, "ftruncate", 0, 2, 2)?;
                let fd = fd_arg(vm, &pos[0])?;
                let len = int_arg::<i64>(vm, &pos[1], "length")?;
                vm.os.ftruncate(fd, len).map_err(os_err(vm))?;
                Ok(vm.none())
            },
        ),
        ("dup", signature!("($module, fd, /)"), |vm, a| {
            let fd = fd_only(vm, &a, "dup")?;
            Ok(vm.new_int(vm.os.dup(fd).map_err(os_err(vm))? as i64))
        }),
        (
            "dup2",
            signature!("($module, /, fd, fd2, inheritable=True)"),
            dup2,
        ),
        ("pipe", signature!("($module, /)"), |vm, a| {
            a.check_pos(vm, "pipe", 0, 0, 0)?;
            let (r, w) = vm.os.pipe().map_err(os_err(vm))?;
            Ok(vm.new_tuple(vec![vm.new_int(r as i64), vm.new_int(w as i64)]))
        }),
        ("isatty", signature!("($module, fd, /)"), |vm, a| {
            let fd = fd_only(vm, &a, "isatty")?;
            Ok(vm.bool(vm.os.isatty(fd)))
        }),
        (
            "get_inheritable",
            signature!("($module, fd, /)"),
            |vm, a| {
                let fd = fd_only(vm, &a, "get_inheritable")?;
                Ok(vm.bool(vm.os.get_inheritable(fd).map_err(os_err(vm))?))
            },
        ),
        (
            "set_inheritable",
            signature!("($module, fd, inheritable, /)"),
            set_inheritable,
        ),
        (
            "get_terminal_size",
            signature!("($module, fd=<unrepresentable>, /)"),
            get_terminal_size,
        ),
        (
            "device_encoding",
            signature!("($module, /, fd)"),
            device_encoding,
        ),
        ("getpid", signature!("($module, /)"), |vm, _a| {
            Ok(vm.new_int(vm.os.getpid() as i64))
        }),
        ("getppid", signature!("($module, /)"), |vm, _a| {
            Ok(vm.new_int(vm.os.getppid() as i64))
        }),
        ("getuid", signature!("($module, /)"), |vm, _a| {
            Ok(vm.new_int(vm.os.getuid() as i64))
        }),
        ("geteuid", signature!("($module, /)"), |vm, _a| {
            Ok(vm.new_int(vm.os.geteuid() as i64))
        }),
        ("getgid", signature!("($module, /)"), |vm, _a| {
            Ok(vm.new_int(vm.os.getgid() as i64))
        }),
        ("getegid", signature!("($module, /)"), |vm, _a| {
            Ok(vm.new_int(vm.os.getegid() as i64))
        }),
        ("uname", signature!("($module, /)"), uname),
        ("cpu_count", signature!("($module, /)"), |vm, _a| {
            Ok(vm
                .os
                .cpu_count()
                .map(|n| vm.new_int(n as i64))
                .unwrap_or_else(|| vm.none()))
        }),
        ("urandom", signature!("($module, size, /)"), urandom),
        ("strerror", signature!("($module, code, /)"), |vm, a| {
            let pos = a.check_pos(vm, "strerror", 0, 1, 1)?;
            let code = int_arg::<i32>(vm, &pos[0], "code")?;
            Ok(vm.new_str(vm.os.strerror(code)))
        }),
        ("putenv", signature!("($module, name, value, /)"), putenv),
        ("unsetenv", signature!("($module, name, /)"), unsetenv),
        ("kill", signature!("($module, pid, signal, /)"), kill),
        ("waitpid", signature!("($module, pid, options, /)"), waitpid),
        ("WIFEXITED", signature!("($module, /, status)"), |vm, a| {
            Ok(vm.bool(status_arg(vm, &a, "WIFEXITED")?.exit_code().is_some()))
        }),
        (
            "WEXITSTATUS",
            signature!("($module, /, status)"),
            |vm, a| Ok(vm.new_int(((status_arg(vm, &a, "WEXITSTATUS")?.0 >> 8) & 0xff) as i64)),
        ),
        (
            "WIFSIGNALED",
            signature!("($module, /, status)"),
            |vm, a| Ok(vm.bool(status_arg(vm, &a, "WIFSIGNALED")?.signal().is_some())),
        ),
        ("WTERMSIG", signature!("($module, /, status)"), |vm, a| {
            Ok(vm.new_int((status_arg(vm, &a, "WTERMSIG")?.0 & 0x7f) as i64))
        }),
        ("WIFSTOPPED", signature!("($module, /, status)"), |vm, a| {
            Ok(vm.bool(status_arg(vm, &a, "WIFSTOPPED")?.stop_signal().is_some()))
        }),
        ("WSTOPSIG", signature!("($module, /, status)"), |vm, a| {
            Ok(vm.new_int(((status_arg(vm, &a, "WSTOPSIG")?.0 >> 8) & 0xff) as i64))
        }),
        (
            "WIFCONTINUED",
            signature!("($module, /, status)"),
            |vm, a| Ok(vm.bool(status_arg(vm, &a, "WIFCONTINUED")?.continued())),
        ),
        ("WCOREDUMP", signature!("($module, status, /)"), |vm, a| {
            Ok(vm.bool(status_arg(vm, &a, "WCOREDUMP")?.core_dumped()))
        }),
        (
            "waitstatus_to_exitcode",
            signature!("($module, /, status)"),
            waitstatus_to_exitcode,
        ),
        ("fspath", signature!("($module, /, path)"), fspath_fn),
    ];
    crate::modules::builtins::add_functions(vm, &m, "posix", fns)?;
    let g = vm.g;
    for (n, t) in [
        ("stat_result", &g.posix.stat_result),
        ("terminal_size", &g.posix.terminal_size),
        ("uname_result", &g.posix.uname_result),
        ("DirEntry", &g.posix.dir_entry),
        ("error", g.exc("OSError")),
    ] {
        vm.setattr_str(&m, n, t.clone())?;
    }
    vm.setattr_str(&m, "environ", environ(vm)?)?;
    let have = vec![vm.new_str("HAVE_FTRUNCATE"), vm.new_str("HAVE_LSTAT")];
    vm.setattr_str(&m, "_have_functions", vm.new_list(have))?;
    let ex_codes = [
        ("EX_OK", 0),
        ("EX_USAGE", 64),
        ("EX_DATAERR", 65),
        ("EX_NOINPUT", 66),
        ("EX_NOUSER", 67),
        ("EX_NOHOST", 68),
        ("EX_UNAVAILABLE", 69),
        ("EX_SOFTWARE", 70),
        ("EX_OSERR", 71),
        ("EX_OSFILE", 72),
        ("EX_CANTCREAT", 73),
        ("EX_IOERR", 74),
        ("EX_TEMPFAIL", 75),
        ("EX_PROTOCOL", 76),
        ("EX_NOPERM", 77),
        ("EX_CONFIG", 78),
    ];
    let c = [
        ("O_RDONLY", consts::O_RDONLY),
        ("O_WRONLY", consts::O_WRONLY),
        ("O_RDWR", consts::O_RDWR),
        ("O_ACCMODE", consts::O_ACCMODE),
        ("O_CREAT", consts::O_CREAT),
        ("O_EXCL", consts::O_EXCL),
        ("O_NOCTTY", consts::O_NOCTTY),
        ("O_TRUNC", consts::O_TRUNC),
        ("O_APPEND", consts::O_APPEND),
        ("O_NONBLOCK", consts::O_NONBLOCK),
        ("O_NDELAY", consts::O_NDELAY),
        ("O_DSYNC", consts::O_DSYNC),
        ("O_SYNC", consts::O_SYNC),
        ("O_FSYNC", consts::O_SYNC),
        ("O_RSYNC", consts::O_RSYNC),
        ("O_DIRECTORY", consts::O_DIRECTORY),
        ("O_NOFOLLOW", consts::O_NOFOLLOW),
        ("O_CLOEXEC", consts::O_CLOEXEC),
        ("O_ASYNC", consts::O_ASYNC),
        ("O_DIRECT", consts::O_DIRECT),
        ("O_LARGEFILE", consts::O_LARGEFILE),
        ("O_NOATIME", consts::O_NOATIME),
        ("O_PATH", consts::O_PATH),
        ("O_TMPFILE", consts::O_TMPFILE),
        ("F_OK", consts::F_OK),
        ("R_OK", consts::R_OK),
        ("W_OK", consts::W_OK),
        ("X_OK", consts::X_OK),
        ("WNOHANG", consts::WNOHANG),
        ("WUNTRACED", consts::WUNTRACED),
        ("WCONTINUED", consts::WCONTINUED),
    ];
    for (n, v) in c.iter().chain(ex_codes.iter()) {
        vm.setattr_str(&m, n, vm.new_int(*v as i64))?;
    }
    Ok(m)
}

pub fn fill(g: &Globals) {
    fill_structseq::<STAT>(g);
    fill_structseq::<TERMINAL_SIZE>(g);
    fill_structseq::<UNAME>(g);

    let d = &g.posix.dir_entry;
    add_getset(g, d, "name", |vm, o| Ok(entry(vm, o)?.name.clone()), None);
    add_getset(g, d, "path", |vm, o| Ok(entry(vm, o)?.path.clone()), None);
    add_method(g, d, "inode", signature!("($self, /)"), |vm, a| {
        Ok(int128(vm, entry(vm, a.zelf())?.ino as i128))
    });
    add_method(
        g,
        d,
        "is_dir",
        signature!("($self, /, *, follow_symlinks=True)"),
        |vm, a| entry_test(vm, a, "is_dir", consts::S_IFDIR),
    );
    add_method(
        g,
        d,
        "is_file",
        signature!("($self, /, *, follow_symlinks=True)"),
        |vm, a| entry_test(vm, a, "is_file", consts::S_IFREG),
    );
    add_method(g, d, "is_symlink", signature!("($self, /)"), |vm, a| {
        Ok(vm.bool(entry_is_symlink(vm, entry(vm, a.zelf())?)?))
    });
    add_method(
        g,
        d,
        "stat",
        signature!("($self, /, *, follow_symlinks=True)"),
        |vm, a| {
            let [follow] = a.bind(vm, "stat", ["follow_symlinks"], 1, 0, 0)?;
            let follow = flag(vm, &follow, true)?;
            entry_stat(vm, entry(vm, a.zelf())?, follow)
        },
    );
    add_method(g, d, "__fspath__", signature!("($self, /)"), |vm, a| {
        Ok(entry(vm, a.zelf())?.path.clone())
    });
    add_method(g, d, "__repr__", signature!("($self, /)"), |vm, a| {
        let name = entry(vm, a.zelf())?.name.clone();
        Ok(vm.new_str(format!("<DirEntry {}>", vm.repr_string(&name)?)))
    });

    let s = &g.posix.scandir_iterator;
    add_method(g, s, "__iter__", signature!("($self, /)"), |_vm, a| {
        Ok(a.zelf().clone())
    });
    add_method(g, s, "__next__", signature!("($self, /)"), scandir_next);
    add_method(
        g,
        s,
        "close",
        signature!(hidden "($self, /)"),
        scandir_close,
    );
    add_method(
        g,
        s,
        "__enter__",
        signature!(hidden "($self, /)"),
        |_vm, a| Ok(a.zelf().clone()),
    );
    add_method(
        g,
        s,
        "__exit__",
        signature!(hidden "($self, *args)"),
        scandir_close,
    );
}
