//! The abstract bases `_IOBase`, `_RawIOBase`, `_BufferedIOBase` and
//! `_TextIOBase` (CPython's `iobase.c` and the bases in `bufferedio.c` and
//! `textio.c`). Their methods work on any object through its other methods,
//! which is what Python subclasses rely on.

use super::{DEFAULT_BUFFER_SIZE, size_arg, unsupported};
use crate::error::PyResult;
use crate::globals::Globals;
use crate::memory::Reserve;
use crate::object::PyRef;
use crate::objects::bytes::{Bytes, buffer, new_bytearray, new_bytes};
use crate::objects::dict::Dict;
use crate::objects::native::Args;
use crate::objects::str::str_payload;
use crate::objects::{add_getset, add_method};
use crate::vm::Vm;

/// Where `_IOBase.close()` records that the object is closed, as CPython.
const CLOSED_ATTR: &str = "__IOBase_closed";

/// The instance dict, if one was made (without making one).
pub fn existing_dict(o: &PyRef) -> Option<PyRef> {
    o.extra().and_then(|e| e.dict.borrow().clone())
}

/// A copy of the instance dict, or None when it is empty, for
/// `__getstate__` (CPython gives None when no dict was ever made; attribute
/// lookups make one here).
pub fn dict_state(vm: &Vm, o: &PyRef) -> PyResult {
    match existing_dict(o) {
        Some(d) if d.downcast::<Dict>().is_some_and(|d| !d.is_empty()) => {
            vm.call_method(&d, "copy", &[])
        }
        _ => Ok(vm.none()),
    }
}

fn iobase_is_closed(o: &PyRef) -> bool {
    existing_dict(o)
        .and_then(|d| {
            d.downcast::<Dict>()
                .and_then(|d| d.get_str(CLOSED_ATTR, crate::hashing::hash_str(CLOSED_ATTR)))
        })
        .is_some()
}

/// `ValueError` unless `self.closed` is false.
pub fn check_closed(vm: &Vm, zelf: &PyRef) -> PyResult<()> {
    let c = vm.getattr_str(zelf, "closed")?;
    if vm.truthy(&c)? {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(())
}

fn check_method(vm: &Vm, zelf: &PyRef, method: &str, msg: &str) -> PyResult<()> {
    let r = vm.call_method(zelf, method, &[])?;
    if !r.is(&vm.g.true_) {
        return Err(unsupported(vm, msg));
    }
    Ok(())
}

pub fn check_readable(vm: &Vm, zelf: &PyRef) -> PyResult<()> {
    check_method(vm, zelf, "readable", "File or stream is not readable.")
}

pub fn check_writable(vm: &Vm, zelf: &PyRef) -> PyResult<()> {
    check_method(vm, zelf, "writable", "File or stream is not writable.")
}

pub fn check_seekable(vm: &Vm, zelf: &PyRef) -> PyResult<()> {
    check_method(vm, zelf, "seekable", "File or stream is not seekable.")
}

fn close(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    if iobase_is_closed(zelf) {
        return Ok(vm.none());
    }
    let flushed = vm.call_method(zelf, "flush", &[]);
    vm.setattr_str(zelf, CLOSED_ATTR, vm.bool(true))?;
    flushed?;
    Ok(vm.none())
}

fn flush(vm: &Vm, a: Args) -> PyResult {
    if iobase_is_closed(a.zelf()) {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(vm.none())
}

fn enter(vm: &Vm, a: Args) -> PyResult {
    check_closed(vm, a.zelf())?;
    Ok(a.zelf().clone())
}

fn exit(vm: &Vm, a: Args) -> PyResult {
    vm.call_method(a.zelf(), "close", &[])
}

fn iter(vm: &Vm, a: Args) -> PyResult {
    check_closed(vm, a.zelf())?;
    Ok(a.zelf().clone())
}

/// `__next__` of every I/O class: the next line, StopIteration at the end.
pub fn next_line(vm: &Vm, a: Args) -> PyResult {
    let line = vm.call_method(a.zelf(), "readline", &[])?;
    if vm.len(&line)? == 0 {
        return Err(vm.stop_iteration(None));
    }
    Ok(line)
}

fn isatty(vm: &Vm, a: Args) -> PyResult {
    check_closed(vm, a.zelf())?;
    Ok(vm.bool(false))
}

/// `_IOBase.readline(size=-1)`: bytes up to and including b'\n', read with
/// `peek()` when the object has it, else one byte at a time.
fn readline(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "readline", 1, 0, 1)?;
    let limit = size_arg(vm, pos.first())?;
    let zelf = a.zelf();
    let peek = vm.getattr_opt(zelf, &vm.intern("peek"))?;
    let mut res: Vec<u8> = Vec::new();
    while limit < 0 || res.len() < limit as usize {
        let mut nreadahead = 1usize;
        if let Some(peek) = &peek {
            let ahead = vm.call1(peek, vm.new_int(1))?;
            let Some(b) = ahead.downcast::<Bytes>() else {
                return Err(vm.new_exc(
                    "OSError",
                    format!(
                        "peek() should have returned a bytes object, not '{}'",
                        ahead.ty().name
                    ),
                ));
            };
            let data = b.as_bytes();
            if !data.is_empty() {
                let window = if limit >= 0 {
                    &data[..data.len().min(limit as usize - res.len())]
                } else {
                    data
                };
                nreadahead = match window.iter().position(|&c| c == b'\n') {
                    Some(i) => i + 1,
                    None => window.len(),
                };
            }
        }
        let got = vm.call_method(zelf, "read", &[vm.new_int(nreadahead as i64)])?;
        let Some(chunk) = got.downcast::<Bytes>() else {
            return Err(vm.new_exc(
                "OSError",
                format!(
                    "read() should have returned a bytes object, not '{}'",
                    got.ty().name
                ),
            ));
        };
        if chunk.as_bytes().is_empty() {
            break;
        }
        res.extend_from_slice(chunk.as_bytes());
        if res.last() == Some(&b'\n') {
            break;
        }
    }
    Ok(new_bytes(vm, res))
}

/// `readlines(hint=-1)` of every I/O class.
pub fn readlines(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "readlines", 1, 0, 1)?;
    let hint = size_arg(vm, pos.first())?;
    let zelf = a.zelf();
    let it = vm.iter(zelf)?;
    let mut out = Vec::new();
    let mut total = 0usize;
    while let Some(line) = vm.next(&it)? {
        let n = vm.len(&line)?;
        out.push(line);
        if hint > 0 {
            if n > (hint as usize).saturating_sub(total) {
                break;
            }
            total += n;
        }
    }
    Ok(vm.new_list(out))
}

fn writelines(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "writelines", 1, 1, 1)?;
    let zelf = a.zelf();
    check_closed(vm, zelf)?;
    let it = vm.iter(&pos[0])?;
    while let Some(line) = vm.next(&it)? {
        vm.call_method(zelf, "write", &[line])?;
    }
    Ok(vm.none())
}

fn tell(vm: &Vm, a: Args) -> PyResult {
    vm.call_method(a.zelf(), "seek", &[vm.new_int(0), vm.new_int(1)])
}

fn del(vm: &Vm, a: Args) -> PyResult {
    super::finalize_with(vm, a.zelf());
    Ok(vm.none())
}

fn check_closed_method(vm: &Vm, a: Args) -> PyResult {
    check_closed(vm, a.zelf())?;
    Ok(vm.none())
}

// ---- _RawIOBase ------------------------------------------------------------

fn raw_read(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "read", 1, 0, 1)?;
    let n = size_arg(vm, pos.first())?;
    let zelf = a.zelf();
    if n < 0 {
        return vm.call_method(zelf, "readall", &[]);
    }
    let mut v = Vec::new();
    v.reserve_exact_or_raise(vm, n as usize)?;
    v.resize(n as usize, 0);
    let b = new_bytearray(vm, v);
    let r = vm.call_method(zelf, "readinto", std::slice::from_ref(&b))?;
    if vm.is_none(&r) {
        return Ok(r);
    }
    let got = vm.index_isize(&r, None)?;
    // The buffer is a bytearray the callee could have resized.
    let filled = buffer(&b).map(|d| d.into_owned()).unwrap_or_default();
    if got < 0 || got > n || got as usize > filled.len() {
        return Err(vm.value_error(format!("readinto returned {got} outside buffer size {n}")));
    }
    let data = filled[..got as usize].to_vec();
    Ok(new_bytes(vm, data))
}

fn raw_readall(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let mut out: Vec<u8> = Vec::new();
    loop {
        let chunk = vm.call_method(zelf, "read", &[vm.new_int(DEFAULT_BUFFER_SIZE as i64)])?;
        if vm.is_none(&chunk) {
            if out.is_empty() {
                return Ok(chunk);
            }
            break;
        }
        let Some(b) = chunk.downcast::<Bytes>() else {
            return Err(vm.type_error("read() should return bytes"));
        };
        if b.as_bytes().is_empty() {
            break;
        }
        out.extend_from_slice(b.as_bytes());
    }
    Ok(new_bytes(vm, out))
}

fn not_implemented(vm: &Vm, _a: Args) -> PyResult {
    Err(vm.new_exc_args(&vm.g.exc("NotImplementedError").clone(), Vec::new()))
}

// ---- _BufferedIOBase -----------------------------------------------------

/// Copies `data` into the writable buffer `target` (a bytearray, a
/// memoryview over one, or anything supporting slice assignment).
pub fn copy_into(vm: &Vm, target: &PyRef, data: &[u8]) -> PyResult<()> {
    let n = data.len() as i64;
    let slice = crate::objects::slice::new_slice(vm, vm.new_int(0), vm.new_int(n), vm.none());
    vm.setitem(target, &slice, new_bytes(vm, data.to_vec()))
}

/// The capacity of a `readinto()` target, refusing read-only buffers as
/// CPython does.
pub fn writable_len(vm: &Vm, target: &PyRef, func: &str) -> PyResult<usize> {
    if target.downcast::<Bytes>().is_some() || str_payload(target).is_some() {
        return Err(vm.type_error(format!(
            "{func}() argument must be read-write bytes-like object, not {}",
            target.ty().name
        )));
    }
    if buffer(target).is_some() {
        return Ok(crate::objects::bytes::byte_len(target));
    }
    vm.len(target)
}

fn buffered_readinto_generic(vm: &Vm, a: Args, method: &str, func: &str) -> PyResult {
    let pos = a.check_pos(vm, func, 1, 1, 1)?;
    let target = &pos[0];
    let n = writable_len(vm, target, func)?;
    let data = vm.call_method(a.zelf(), method, &[vm.new_int(n as i64)])?;
    let Some(b) = data.downcast::<Bytes>() else {
        return Err(vm.type_error("read() should return bytes"));
    };
    let bytes = b.as_bytes();
    if bytes.len() > n {
        return Err(vm.value_error(format!(
            "read() returned too much data: {n} bytes requested, {} returned",
            bytes.len()
        )));
    }
    copy_into(vm, target, bytes)?;
    Ok(vm.new_int(bytes.len() as i64))
}

pub fn fill(g: &Globals) {
    // The abstract methods (seek, truncate, read, write...) take any
    // arguments, as CPython's `METH_VARARGS` stubs do, and refuse the call
    // with UnsupportedOperation or NotImplementedError whatever they are.
    let t = &g.io.iobase;
    add_method(
        g,
        t,
        "seek",
        signature!(unchecked "($self, offset, whence=os.SEEK_SET, /)"),
        |vm, _a| Err(unsupported(vm, "seek")),
    );
    add_method(g, t, "tell", signature!("($self, /)"), tell);
    add_method(
        g,
        t,
        "truncate",
        signature!(hidden "($self, *args)"),
        |vm, _a| Err(unsupported(vm, "truncate")),
    );
    add_method(g, t, "flush", signature!("($self, /)"), flush);
    add_method(g, t, "close", signature!("($self, /)"), close);
    add_method(g, t, "seekable", signature!("($self, /)"), |vm, _a| {
        Ok(vm.bool(false))
    });
    add_method(g, t, "readable", signature!("($self, /)"), |vm, _a| {
        Ok(vm.bool(false))
    });
    add_method(g, t, "writable", signature!("($self, /)"), |vm, _a| {
        Ok(vm.bool(false))
    });
    add_method(
        g,
        t,
        "_checkClosed",
        signature!(hidden "($self, /)"),
        check_closed_method,
    );
    add_method(
        g,
        t,
        "_checkSeekable",
        signature!(hidden "($self, /)"),
        |vm, a| {
            check_seekable(vm, a.zelf())?;
            Ok(vm.bool(true))
        },
    );
    add_method(
        g,
        t,
        "_checkReadable",
        signature!(hidden "($self, /)"),
        |vm, a| {
            check_readable(vm, a.zelf())?;
            Ok(vm.bool(true))
        },
    );
    add_method(
        g,
        t,
        "_checkWritable",
        signature!(hidden "($self, /)"),
        |vm, a| {
            check_writable(vm, a.zelf())?;
            Ok(vm.bool(true))
        },
    );
    add_method(g, t, "fileno", signature!("($self, /)"), |vm, _a| {
        Err(unsupported(vm, "fileno"))
    });
    add_method(g, t, "isatty", signature!("($self, /)"), isatty);
    add_method(g, t, "__enter__", signature!(hidden "($self, /)"), enter);
    add_method(g, t, "__exit__", signature!(hidden "($self, *args)"), exit);
    add_method(g, t, "__iter__", signature!("($self, /)"), iter);
    add_method(g, t, "__next__", signature!("($self, /)"), next_line);
    add_method(
        g,
        t,
        "readline",
        signature!("($self, size=-1, /)"),
        readline,
    );
    add_method(
        g,
        t,
        "readlines",
        signature!("($self, hint=-1, /)"),
        readlines,
    );
    add_method(
        g,
        t,
        "writelines",
        signature!("($self, lines, /)"),
        writelines,
    );
    add_method(g, t, "__del__", signature!(hidden "($self, /)"), del);
    add_getset(
        g,
        t,
        "closed",
        |vm, o| Ok(vm.bool(iobase_is_closed(o))),
        None,
    );
    add_getset(
        g,
        t,
        "__dict__",
        crate::objects::object::dict_getter,
        Some(crate::objects::object::dict_setter),
    );

    let r = &g.io.raw_iobase;
    add_method(g, r, "read", signature!("($self, size=-1, /)"), raw_read);
    add_method(g, r, "readall", signature!("($self, /)"), raw_readall);
    add_method(
        g,
        r,
        "readinto",
        signature!(hidden "($self, *args)"),
        not_implemented,
    );
    add_method(
        g,
        r,
        "write",
        signature!(hidden "($self, *args)"),
        not_implemented,
    );

    let b = &g.io.buffered_iobase;
    add_method(
        g,
        b,
        "read",
        signature!(hidden "($self, *args)"),
        |vm, _a| Err(unsupported(vm, "read")),
    );
    add_method(
        g,
        b,
        "read1",
        signature!(hidden "($self, *args)"),
        |vm, _a| Err(unsupported(vm, "read1")),
    );
    add_method(
        g,
        b,
        "write",
        signature!(hidden "($self, *args)"),
        |vm, _a| Err(unsupported(vm, "write")),
    );
    add_method(g, b, "detach", signature!("($self, /)"), |vm, _a| {
        Err(unsupported(vm, "detach"))
    });
    add_method(
        g,
        b,
        "readinto",
        signature!("($self, buffer, /)"),
        |vm, a| buffered_readinto_generic(vm, a, "read", "readinto"),
    );
    add_method(
        g,
        b,
        "readinto1",
        signature!("($self, buffer, /)"),
        |vm, a| buffered_readinto_generic(vm, a, "read1", "readinto1"),
    );

    let x = &g.io.text_iobase;
    add_method(
        g,
        x,
        "read",
        signature!(hidden "($self, *args)"),
        |vm, _a| Err(unsupported(vm, "read")),
    );
    add_method(
        g,
        x,
        "write",
        signature!(hidden "($self, *args)"),
        |vm, _a| Err(unsupported(vm, "write")),
    );
    add_method(
        g,
        x,
        "readline",
        signature!(hidden "($self, *args)"),
        |vm, _a| Err(unsupported(vm, "readline")),
    );
    add_method(g, x, "detach", signature!(hidden "($self, /)"), |vm, _a| {
        Err(unsupported(vm, "detach"))
    });
    add_getset(g, x, "encoding", |vm, _o| Ok(vm.none()), None);
    add_getset(g, x, "errors", |vm, _o| Ok(vm.none()), None);
    add_getset(g, x, "newlines", |vm, _o| Ok(vm.none()), None);
}
