//! The `_io` module (CPython's `Modules/_io`): `open()`, raw file objects
//! over descriptors of the OS layer, buffered streams, text streams, and the
//! in-memory `BytesIO` and `StringIO`.
//!
//! One file per class family, as in CPython: `iobase.rs` (the abstract
//! bases), `fileio.rs`, `buffered.rs`, `textio.rs`, `bytesio.rs`,
//! `stringio.rs`. The concrete classes talk to each other directly when they
//! are the exact builtin types (a `TextIOWrapper` over a `BufferedWriter`
//! over a `FileIO`, as `open()` and `sys.stdout` build them), and through
//! method calls otherwise, so Python subclasses and duck-typed streams work.

mod buffered;
mod bytesio;
mod fileio;
mod iobase;
mod stringio;
mod textio;

use crate::objects::signature::Signature;
use terrarium_os::OsError;

pub use buffered::{Buffered, RWPair};
pub use bytesio::BytesIO;
pub use fileio::FileIO;
pub use stringio::StringIO;
pub use textio::{NewlineDecoder, TextStream};

use crate::error::{PyErr, PyResult};
use crate::globals::Globals;
use crate::object::PyRef;
use crate::objects::int::Int;
use crate::objects::native::{Args, NativeFn};
use crate::objects::str::str_payload;
use crate::vm::Vm;

/// `io.DEFAULT_BUFFER_SIZE`.
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

/// The `OSError` (subclass chosen by errno) CPython raises for `e`.
pub fn os_error(vm: &Vm, e: &OsError) -> PyErr {
    let filename = e
        .filename()
        .map(|f| vm.new_str(String::from_utf8_lossy(f).into_owned()));
    let filename2 = e
        .filename2()
        .map(|f| vm.new_str(String::from_utf8_lossy(f).into_owned()));
    os_error_with(vm, e, filename, filename2)
}

/// The `OSError` for `e` reporting the file names as the caller gave them
/// (str, bytes or path-like objects), as CPython's `filename` attribute does.
pub fn os_error_with(
    vm: &Vm,
    e: &OsError,
    filename: Option<PyRef>,
    filename2: Option<PyRef>,
) -> PyErr {
    let mut args = vec![vm.new_int(e.errno() as i64), vm.new_str(e.strerror())];
    if let Some(f) = filename {
        args.push(f);
        if let Some(f2) = filename2 {
            args.push(vm.none());
            args.push(f2);
        }
    }
    match vm.call(vm.g.exc("OSError"), &args, &[]) {
        Ok(exc) => PyErr(exc),
        Err(e) => e,
    }
}

/// `io.UnsupportedOperation(msg)`.
pub fn unsupported(vm: &Vm, msg: &str) -> PyErr {
    vm.new_exc_args(&vm.g.io.unsupported, vec![vm.new_str(msg)])
}

/// The `size` argument of the read methods: an integer, or None for -1.
fn size_arg(vm: &Vm, o: Option<&PyRef>) -> PyResult<isize> {
    match o {
        None => Ok(-1),
        Some(o) if vm.is_none(o) => Ok(-1),
        Some(o) => {
            if o.downcast::<Int>().is_none()
                && crate::objects::typeobject::lookup(o.type_obj_ref(), "__index__").is_none()
            {
                return Err(vm.type_error(format!(
                    "argument should be integer or None, not '{}'",
                    o.ty().name
                )));
            }
            vm.index_isize(o, Some("OverflowError"))
        }
    }
}

/// An optional `str` argument (`encoding`, `errors`, `newline`).
fn opt_str(vm: &Vm, o: &Option<PyRef>, func: &str, name: &str) -> PyResult<Option<String>> {
    match o {
        None => Ok(None),
        Some(v) if vm.is_none(v) => Ok(None),
        Some(v) => match str_payload(v) {
            Some(s) => Ok(Some(s.as_str().to_string())),
            None => Err(vm.type_error(format!(
                "{func}() argument '{name}' must be str or None, not {}",
                v.ty().name
            ))),
        },
    }
}

/// A bool-like argument given as an integer (`closefd`, `line_buffering`).
fn int_flag(vm: &Vm, o: &Option<PyRef>, default: bool) -> PyResult<bool> {
    match o {
        None => Ok(default),
        Some(v) => Ok(vm.index_isize(v, None)? != 0),
    }
}

/// `_io.open()` / `builtins.open()`.
pub fn open(vm: &Vm, a: Args) -> PyResult {
    let [
        file,
        mode,
        buffering,
        encoding,
        errors,
        newline,
        closefd,
        opener,
    ] = a.bind(
        vm,
        "open",
        [
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        0,
        1,
        0,
    )?;
    let file = file.expect("required");
    let mode_s = match &mode {
        None => "r".to_string(),
        Some(m) => match str_payload(m) {
            Some(s) => s.as_str().to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    m.ty().name
                )));
            }
        },
    };
    let mut buffering = match &buffering {
        None => -1,
        Some(b) => vm.index_isize(b, None)?,
    };
    let encoding = opt_str(vm, &encoding, "open", "encoding")?;
    let errors = opt_str(vm, &errors, "open", "errors")?;
    let newline = opt_str(vm, &newline, "open", "newline")?;
    let closefd = int_flag(vm, &closefd, true)?;
    let opener = opener.filter(|o| !vm.is_none(o));

    let path_or_fd = if file.downcast::<Int>().is_some() {
        file
    } else {
        crate::modules::posix::fspath(vm, &file)?
    };

    let (mut creating, mut reading, mut writing, mut appending, mut updating, mut text, mut binary) =
        (false, false, false, false, false, false, false);
    let invalid = || vm.value_error(format!("invalid mode: '{mode_s}'"));
    for (i, c) in mode_s.char_indices() {
        let flag = match c {
            'x' => &mut creating,
            'r' => &mut reading,
            'w' => &mut writing,
            'a' => &mut appending,
            '+' => &mut updating,
            't' => &mut text,
            'b' => &mut binary,
            _ => return Err(invalid()),
        };
        *flag = true;
        if mode_s[i + c.len_utf8()..].contains(c) {
            return Err(invalid());
        }
    }
    let mut rawmode = String::new();
    for (set, c) in [
        (creating, 'x'),
        (reading, 'r'),
        (writing, 'w'),
        (appending, 'a'),
        (updating, '+'),
    ] {
        if set {
            rawmode.push(c);
        }
    }
    if text && binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    if [creating, reading, writing, appending]
        .iter()
        .filter(|b| **b)
        .count()
        > 1
    {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    if binary {
        for (given, what) in [
            (encoding.is_some(), "an encoding"),
            (errors.is_some(), "an errors"),
            (newline.is_some(), "a newline"),
        ] {
            if given {
                return Err(vm.value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
    }

    let raw = fileio::new_file_io(vm, &path_or_fd, &rawmode, closefd, opener.as_ref())?;
    let close_on_error = |e: PyErr, obj: &PyRef| -> PyErr {
        let _ = vm.call_method(obj, "close", &[]);
        e
    };
    let mut line_buffering = false;
    let isatty = || -> PyResult<bool> {
        let r = vm.call_method(&raw, "isatty", &[])?;
        vm.truthy(&r)
    };
    if buffering == 1 || (buffering < 0 && isatty().map_err(|e| close_on_error(e, &raw))?) {
        buffering = -1;
        line_buffering = true;
    }
    if buffering < 0 {
        buffering = raw
            .downcast::<FileIO>()
            .map(|f| f.blksize() as isize)
            .unwrap_or(DEFAULT_BUFFER_SIZE as isize);
    }
    if buffering == 0 {
        if binary {
            return Ok(raw);
        }
        return Err(close_on_error(
            vm.value_error("can't have unbuffered text I/O"),
            &raw,
        ));
    }
    let cls = if updating {
        &vm.g.io.buffered_random
    } else if creating || writing || appending {
        &vm.g.io.buffered_writer
    } else {
        &vm.g.io.buffered_reader
    };
    let buffer = vm
        .call(cls, &[raw.clone(), vm.new_int(buffering as i64)], &[])
        .map_err(|e| close_on_error(e, &raw))?;
    if binary {
        return Ok(buffer);
    }
    let config = textio::TextConfig {
        encoding,
        errors,
        newline,
        line_buffering,
        write_through: false,
    };
    let wrapper = textio::new_text_wrapper(vm, &vm.g.text_stream, buffer.clone(), config)
        .map_err(|e| close_on_error(e, &buffer))?;
    textio::set_mode(&wrapper, vm.new_str(mode_s));
    Ok(wrapper)
}

/// `sys.stdin` (`writable` false), `sys.stdout` or `sys.stderr`: a text
/// stream over descriptor `fd`, or None when the descriptor is not open.
pub fn new_stream(vm: &Vm, fd: i32, name: &'static str, writable: bool) -> PyRef {
    if vm.os.fstat(fd).is_err() {
        return vm.none();
    }
    let raw = fileio::std_file_io(vm, fd, writable, vm.new_str(name));
    let unbuffered = vm.config.unbuffered && writable;
    let buffer = if unbuffered {
        raw
    } else {
        buffered::std_buffered(vm, raw, writable)
    };
    let line_buffering = writable && !vm.config.unbuffered && (fd == 2 || vm.os.isatty(fd));
    let config = textio::TextConfig {
        encoding: Some("utf-8".into()),
        errors: Some(
            if fd == 2 {
                "backslashreplace"
            } else {
                "strict"
            }
            .into(),
        ),
        newline: Some("\n".into()),
        line_buffering,
        write_through: unbuffered,
    };
    match textio::new_text_wrapper(vm, &vm.g.text_stream, buffer, config) {
        Ok(w) => {
            textio::set_mode(&w, vm.new_str(if writable { "w" } else { "r" }));
            w
        }
        Err(_) => vm.none(),
    }
}

/// Runs `close()` on an I/O object about to be freed, as CPython's
/// `iobase_finalize` does: only if it is not closed already, reporting
/// errors as unraisable.
fn finalize_with(vm: &Vm, obj: &PyRef) {
    let closed = match vm.getattr_str(obj, "closed") {
        Ok(c) => vm.truthy(&c).unwrap_or(true),
        Err(_) => true,
    };
    if !closed && let Err(e) = vm.call_method(obj, "close", &[]) {
        crate::modules::sys::write_unraisable(vm, &e, None, Some(obj));
    }
}

/// The finalizer of the builtin I/O classes.
fn finalizer(obj: &PyRef) {
    crate::vm::with_current(|vm| finalize_with(vm, obj));
}

fn set_finalizer(ty: &PyRef) {
    ty.downcast::<crate::typeobj::TypeData>()
        .expect("type")
        .set_finalizer(Some(finalizer));
}

/// Fills the dicts of the `_io` classes (process start).
pub fn fill(g: &Globals) {
    iobase::fill(g);
    fileio::fill(g);
    buffered::fill(g);
    bytesio::fill(g);
    stringio::fill(g);
    textio::fill(g);
    // The posix types are filled here too: `objects::fill_builtin_types`
    // has one entry point for the native modules' types.
    crate::modules::posix::fill(g);
    for t in [
        &g.io.file_io,
        &g.io.bytes_io,
        &g.io.string_io,
        &g.io.buffered_reader,
        &g.io.buffered_writer,
        &g.io.buffered_random,
        &g.io.buffered_rwpair,
        &g.text_stream,
    ] {
        set_finalizer(t);
    }
}

fn text_encoding(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "text_encoding", 0, 1, 2)?;
    if vm.is_none(&pos[0]) {
        return Ok(vm.new_str("locale"));
    }
    Ok(pos[0].clone())
}

fn open_code(vm: &Vm, a: Args) -> PyResult {
    let [path] = a.bind(vm, "open_code", ["path"], 0, 1, 0)?;
    let path = path.expect("required");
    if str_payload(&path).is_none() {
        return Err(vm.type_error(format!(
            "open_code() argument 'path' must be str, not {}",
            path.ty().name
        )));
    }
    vm.call(&open_fn(vm), &[path, vm.new_str("rb")], &[])
}

fn open_fn(vm: &Vm) -> PyRef {
    crate::object::alloc(
        &vm.g.builtin_function,
        crate::objects::native::NativeFunction {
            name: "open",
            func: open,
            zelf: None,
            module: Some("_io"),
            doc: None,
            new_of: None,
            arity: None,
            sig: OPEN_SIGNATURE,
        },
    )
}

const OPEN_SIGNATURE: &Signature = signature!(
    "($module, /, file, mode='r', buffering=-1, encoding=None,
     errors=None, newline=None, closefd=True, opener=None)"
);

/// The `_io` module (also registered as `io` until the stdlib's io.py can
/// be imported).
pub fn make(vm: &Vm, name: &str) -> PyResult<PyRef> {
    let m = crate::objects::module::new_module(vm, name);
    let fns: &[(&'static str, &'static Signature, NativeFn)] = &[
        ("open", OPEN_SIGNATURE, open),
        ("open_code", signature!("($module, /, path)"), open_code),
        (
            "text_encoding",
            signature!("($module, encoding, stacklevel=2, /)"),
            text_encoding,
        ),
    ];
    crate::modules::builtins::add_functions(vm, &m, "_io", fns)?;
    let io = &vm.g.io;
    let classes: &[(&str, &PyRef)] = &[
        ("_IOBase", &io.iobase),
        ("_RawIOBase", &io.raw_iobase),
        ("_BufferedIOBase", &io.buffered_iobase),
        ("_TextIOBase", &io.text_iobase),
        ("FileIO", &io.file_io),
        ("BytesIO", &io.bytes_io),
        ("StringIO", &io.string_io),
        ("BufferedReader", &io.buffered_reader),
        ("BufferedWriter", &io.buffered_writer),
        ("BufferedRandom", &io.buffered_random),
        ("BufferedRWPair", &io.buffered_rwpair),
        ("TextIOWrapper", &vm.g.text_stream),
        ("IncrementalNewlineDecoder", &io.newline_decoder),
        ("UnsupportedOperation", &io.unsupported),
        ("BlockingIOError", vm.g.exc("BlockingIOError")),
    ];
    for (n, t) in classes {
        vm.setattr_str(&m, n, (*t).clone())?;
    }
    vm.setattr_str(
        &m,
        "DEFAULT_BUFFER_SIZE",
        vm.new_int(DEFAULT_BUFFER_SIZE as i64),
    )?;
    if name == "io" {
        for (alias, base) in [
            ("IOBase", &io.iobase),
            ("RawIOBase", &io.raw_iobase),
            ("BufferedIOBase", &io.buffered_iobase),
            ("TextIOBase", &io.text_iobase),
        ] {
            vm.setattr_str(&m, alias, base.clone())?;
        }
        for (n, v) in [("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2)] {
            vm.setattr_str(&m, n, vm.new_int(v))?;
        }
    }
    Ok(m)
}
