//! `_io.BytesIO`: a binary stream over an in-memory buffer (CPython's
//! `bytesio.c`).

use std::cell::{Cell, RefCell};

use super::iobase::{copy_into, writable_len};
use super::size_arg;
use crate::error::PyResult;
use crate::globals::Globals;
use crate::memory::Reserve;
use crate::object::{Payload, PyRef, alloc};
use crate::objects::bytes::{buffer, new_bytearray, new_bytes};
use crate::objects::native::Args;
use crate::objects::object::instance_dict;
use crate::objects::tuple::Tuple;
use crate::objects::{add_getset, add_method, add_static};
use crate::vm::Vm;

pub struct BytesIO {
    buf: RefCell<Vec<u8>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
}

impl Payload for BytesIO {}

impl BytesIO {
    fn new() -> BytesIO {
        BytesIO {
            buf: RefCell::new(Vec::new()),
            pos: Cell::new(0),
            closed: Cell::new(false),
        }
    }

    fn check_closed(&self, vm: &Vm) -> PyResult<()> {
        if self.closed.get() {
            return Err(vm.value_error("I/O operation on closed file."));
        }
        Ok(())
    }

    /// Up to `n` bytes (all that is left when `n` is negative) from the
    /// position, consumed.
    fn read(&self, n: isize) -> Vec<u8> {
        let buf = self.buf.borrow();
        let pos = self.pos.get().min(buf.len());
        let end = if n < 0 {
            buf.len()
        } else {
            pos.saturating_add(n as usize).min(buf.len())
        };
        self.pos.set(end.max(self.pos.get()));
        buf[pos..end].to_vec()
    }

    fn readline(&self, limit: isize) -> Vec<u8> {
        let buf = self.buf.borrow();
        let pos = self.pos.get().min(buf.len());
        let mut end = if limit < 0 {
            buf.len()
        } else {
            pos.saturating_add(limit as usize).min(buf.len())
        };
        if let Some(i) = buf[pos..end].iter().position(|&c| c == b'\n') {
            end = pos + i + 1;
        }
        self.pos.set(end.max(self.pos.get()));
        buf[pos..end].to_vec()
    }

    fn write(&self, vm: &Vm, data: &[u8]) -> PyResult<usize> {
        if data.is_empty() {
            return Ok(0);
        }
        let pos = self.pos.get();
        let end = pos
            .checked_add(data.len())
            .ok_or_else(|| vm.overflow_error("new position too large"))?;
        let mut buf = self.buf.borrow_mut();
        if end > buf.len() {
            let more = end - buf.len();
            buf.reserve_or_raise(vm, more)?;
            buf.resize(end, 0);
        }
        buf[pos..end].copy_from_slice(data);
        self.pos.set(end);
        Ok(data.len())
    }
}

fn this<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a BytesIO> {
    o.downcast::<BytesIO>()
        .ok_or_else(|| vm.type_error("descriptor requires a '_io.BytesIO' object"))
}

fn open<'a>(vm: &Vm, a: &Args<'a>) -> PyResult<&'a BytesIO> {
    let b = this(vm, a.zelf())?;
    b.check_closed(vm)?;
    Ok(b)
}

fn bytes_arg(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    buffer(o).map(|b| b.into_owned()).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            o.ty().name
        ))
    })
}

fn init(vm: &Vm, a: Args) -> PyResult {
    let [initial] = a.bind(vm, "BytesIO", ["initial_bytes"], 1, 0, 0)?;
    let b = this(vm, a.zelf())?;
    let data = match initial.filter(|i| !vm.is_none(i)) {
        Some(i) => bytes_arg(vm, &i)?,
        None => Vec::new(),
    };
    *b.buf.borrow_mut() = data;
    b.pos.set(0);
    b.closed.set(false);
    Ok(vm.none())
}

fn read(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "read", 1, 0, 1)?;
    let b = open(vm, &a)?;
    let n = size_arg(vm, pos.first())?;
    Ok(new_bytes(vm, b.read(n)))
}

fn readline(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "readline", 1, 0, 1)?;
    let b = open(vm, &a)?;
    let n = size_arg(vm, pos.first())?;
    Ok(new_bytes(vm, b.readline(n)))
}

fn readlines(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "readlines", 1, 0, 1)?;
    let b = open(vm, &a)?;
    let hint = size_arg(vm, pos.first())?;
    let mut out = Vec::new();
    let mut total = 0usize;
    loop {
        let line = b.readline(-1);
        if line.is_empty() {
            break;
        }
        total += line.len();
        out.push(new_bytes(vm, line));
        if hint > 0 && total >= hint as usize {
            break;
        }
    }
    Ok(vm.new_list(out))
}

fn readinto(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "readinto", 1, 1, 1)?;
    let b = open(vm, &a)?;
    let n = writable_len(vm, &pos[0], "readinto")?;
    let data = b.read(n as isize);
    copy_into(vm, &pos[0], &data)?;
    Ok(vm.new_int(data.len() as i64))
}

fn next(vm: &Vm, a: Args) -> PyResult {
    let b = open(vm, &a)?;
    let line = b.readline(-1);
    if line.is_empty() {
        return Err(vm.stop_iteration(None));
    }
    Ok(new_bytes(vm, line))
}

fn write(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "write", 1, 1, 1)?;
    let b = open(vm, &a)?;
    let data = bytes_arg(vm, &pos[0])?;
    Ok(vm.new_int(b.write(vm, &data)? as i64))
}

fn writelines(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "writelines", 1, 1, 1)?;
    let b = open(vm, &a)?;
    let it = vm.iter(&pos[0])?;
    while let Some(line) = vm.next(&it)? {
        b.check_closed(vm)?;
        let data = bytes_arg(vm, &line)?;
        b.write(vm, &data)?;
    }
    Ok(vm.none())
}

fn seek(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "seek", 1, 1, 2)?;
    let b = open(vm, &a)?;
    let mut target = vm.index_isize(&pos[0], None)? as i64;
    let whence = match pos.get(1) {
        Some(w) => vm.index_isize(w, None)?,
        None => 0,
    };
    if target < 0 && whence == 0 {
        return Err(vm.value_error(format!("negative seek value {target}")));
    }
    match whence {
        0 => {}
        1 => target = target.saturating_add(b.pos.get() as i64),
        2 => target = target.saturating_add(b.buf.borrow().len() as i64),
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    }
    let target = target.max(0);
    b.pos.set(target as usize);
    Ok(vm.new_int(target))
}

fn truncate(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "truncate", 1, 0, 1)?;
    let b = open(vm, &a)?;
    let size = match pos.first().filter(|p| !vm.is_none(p)) {
        Some(p) => vm.index_isize(p, None)?,
        None => b.pos.get() as isize,
    };
    if size < 0 {
        return Err(vm.value_error(format!("negative size value {size}")));
    }
    let mut buf = b.buf.borrow_mut();
    if (size as usize) < buf.len() {
        buf.truncate(size as usize);
    }
    Ok(vm.new_int(size as i64))
}

fn getstate(vm: &Vm, a: Args) -> PyResult {
    let b = open(vm, &a)?;
    let value = new_bytes(vm, b.buf.borrow().clone());
    let dict = super::iobase::dict_state(vm, a.zelf())?;
    Ok(vm.new_tuple(vec![value, vm.new_int(b.pos.get() as i64), dict]))
}

fn setstate(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "__setstate__", 1, 1, 1)?;
    let zelf = a.zelf();
    let b = this(vm, zelf)?;
    let state = &pos[0];
    let items = match state.downcast::<Tuple>() {
        Some(t) if t.len() >= 3 => t.items().to_vec(),
        _ => {
            return Err(vm.type_error(format!(
                "{}.__setstate__ argument should be 3-tuple, got {}",
                zelf.ty().name,
                state.ty().name
            )));
        }
    };
    b.check_closed(vm)?;
    *b.buf.borrow_mut() = bytes_arg(vm, &items[0])?;
    let p = vm.index_isize(&items[1], None)?;
    if p < 0 {
        return Err(vm.value_error("position value cannot be negative"));
    }
    b.pos.set(p as usize);
    if !vm.is_none(&items[2])
        && let Some(d) = instance_dict(zelf)
    {
        vm.call_method(&d, "update", &[items[2].clone()])?;
    }
    Ok(vm.none())
}

/// A copy of the contents as a memoryview. CPython's view writes through
/// to the buffer; this one does not.
fn getbuffer(vm: &Vm, a: Args) -> PyResult {
    let b = open(vm, &a)?;
    let copy = new_bytearray(vm, b.buf.borrow().clone());
    vm.call1(&vm.g.memoryview, copy)
}

pub fn fill(g: &Globals) {
    let t = &g.io.bytes_io;
    add_static(
        g,
        t,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        |_vm, a| Ok(alloc(&a.args[0], BytesIO::new())),
    );
    add_method(
        g,
        t,
        "__init__",
        signature!("($self, /, *args, **kwargs)"),
        init,
    );
    add_method(g, t, "getvalue", signature!("($self, /)"), |vm, a| {
        Ok(new_bytes(vm, open(vm, &a)?.buf.borrow().clone()))
    });
    add_method(g, t, "getbuffer", signature!("($self, /)"), getbuffer);
    add_method(g, t, "read", signature!("($self, size=-1, /)"), read);
    add_method(g, t, "read1", signature!("($self, size=-1, /)"), read);
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
        signature!("($self, size=None, /)"),
        readlines,
    );
    add_method(g, t, "readinto", signature!("($self, buffer, /)"), readinto);
    add_method(g, t, "__next__", signature!("($self, /)"), next);
    add_method(g, t, "write", signature!("($self, b, /)"), write);
    add_method(
        g,
        t,
        "writelines",
        signature!("($self, lines, /)"),
        writelines,
    );
    add_method(g, t, "seek", signature!("($self, pos, whence=0, /)"), seek);
    add_method(g, t, "tell", signature!("($self, /)"), |vm, a| {
        Ok(vm.new_int(open(vm, &a)?.pos.get() as i64))
    });
    add_method(
        g,
        t,
        "truncate",
        signature!("($self, size=None, /)"),
        truncate,
    );
    add_method(g, t, "close", signature!("($self, /)"), |vm, a| {
        let b = this(vm, a.zelf())?;
        b.closed.set(true);
        *b.buf.borrow_mut() = Vec::new();
        Ok(vm.none())
    });
    add_method(g, t, "flush", signature!("($self, /)"), |vm, a| {
        open(vm, &a).map(|_| vm.none())
    });
    add_method(g, t, "isatty", signature!("($self, /)"), |vm, a| {
        open(vm, &a).map(|_| vm.bool(false))
    });
    add_method(g, t, "readable", signature!("($self, /)"), |vm, a| {
        open(vm, &a).map(|_| vm.bool(true))
    });
    add_method(g, t, "writable", signature!("($self, /)"), |vm, a| {
        open(vm, &a).map(|_| vm.bool(true))
    });
    add_method(g, t, "seekable", signature!("($self, /)"), |vm, a| {
        open(vm, &a).map(|_| vm.bool(true))
    });
    add_method(
        g,
        t,
        "__getstate__",
        signature!(hidden "($self, /)"),
        getstate,
    );
    add_method(
        g,
        t,
        "__setstate__",
        signature!(hidden "($self, object, /)"),
        setstate,
    );
    add_method(
        g,
        t,
        "__sizeof__",
        signature!(hidden "($self, /)"),
        |vm, a| Ok(vm.new_int(64 + this(vm, a.zelf())?.buf.borrow().capacity() as i64)),
    );
    add_getset(
        g,
        t,
        "closed",
        |vm, o| Ok(vm.bool(this(vm, o)?.closed.get())),
        None,
    );
}
