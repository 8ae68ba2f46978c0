//! `BufferedReader`, `BufferedWriter`, `BufferedRandom` and `BufferedRWPair`
//! (CPython's `bufferedio.c`).
//!
//! The three single-stream classes share one payload. A `BufferedRandom`
//! never holds read-ahead and pending writes at once: writing first seeks
//! the raw stream back over the unread bytes, reading first flushes. The
//! raw stream is used directly when it is an exact `FileIO`, through its
//! methods otherwise (so any object with `readinto`/`write`/`seek` works).

use std::cell::RefCell;

use terrarium_os::consts;

use super::fileio::{FileIO, offset_arg};
use super::iobase::{check_readable, check_seekable, check_writable, copy_into, writable_len};
use super::{DEFAULT_BUFFER_SIZE, size_arg, unsupported};
use crate::error::PyResult;
use crate::globals::Globals;
use crate::memory::Reserve;
use crate::object::{Payload, PyRef, alloc};
use crate::objects::bytes::{Bytes, buffer, new_bytearray, new_bytes};
use crate::objects::int::Int;
use crate::objects::native::Args;
use crate::objects::typeobject::is_subtype;
use crate::objects::{add_getset, add_method, add_static};
use crate::vm::Vm;

#[derive(Default)]
struct State {
    /// `__init__` has run.
    ok: bool,
    detached: bool,
    raw: Option<PyRef>,
    readable: bool,
    writable: bool,
    buffer_size: usize,
    /// Read-ahead: the unread bytes are `rbuf[rpos..]`.
    rbuf: Vec<u8>,
    rpos: usize,
    /// Bytes written but not yet passed to the raw stream.
    wbuf: Vec<u8>,
    /// The raw stream's position as last seen, -1 when unknown.
    abs_pos: i64,
}

pub struct Buffered {
    st: RefCell<State>,
}

impl Payload for Buffered {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(st) = self.st.try_borrow()
            && let Some(r) = &st.raw
        {
            visit(r);
        }
    }
    fn clear(&self) {
        let raw = self.st.borrow_mut().raw.take();
        drop(raw);
    }
}

impl Buffered {
    fn new() -> Buffered {
        Buffered {
            st: RefCell::new(State {
                abs_pos: -1,
                ..State::default()
            }),
        }
    }

    fn avail(&self) -> usize {
        let st = self.st.borrow();
        st.rbuf.len() - st.rpos
    }

    /// Up to `n` bytes of read-ahead, consumed.
    fn take_buffered(&self, n: usize) -> Vec<u8> {
        let mut st = self.st.borrow_mut();
        let end = st.rpos.saturating_add(n).min(st.rbuf.len());
        let out = st.rbuf[st.rpos..end].to_vec();
        st.rpos = end;
        out
    }

    fn reset_read(&self) {
        let mut st = self.st.borrow_mut();
        st.rbuf.clear();
        st.rpos = 0;
    }

    fn advance_pos(&self, n: usize) {
        let mut st = self.st.borrow_mut();
        if st.abs_pos >= 0 {
            st.abs_pos += n as i64;
        }
    }
}

fn this<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a Buffered> {
    o.downcast::<Buffered>()
        .ok_or_else(|| vm.type_error("descriptor requires a buffered object"))
}

/// The raw stream of an initialised, attached buffered object.
fn raw_of(vm: &Vm, b: &Buffered) -> PyResult<PyRef> {
    let st = b.st.borrow();
    if st.detached {
        return Err(vm.value_error("raw stream has been detached"));
    }
    match (&st.raw, st.ok) {
        (Some(r), true) => Ok(r.clone()),
        _ => Err(vm.value_error("I/O operation on uninitialized object")),
    }
}

// ---- raw stream access -----------------------------------------------------

/// One raw read of at most `n` bytes appended to `out`; `None` when it
/// would block.
fn raw_read(vm: &Vm, raw: &PyRef, out: &mut Vec<u8>, n: usize) -> PyResult<Option<usize>> {
    if raw.type_is(&vm.g.io.file_io)
        && let Some(f) = raw.downcast::<FileIO>()
    {
        return f.read_some(vm, out, n);
    }
    let mut v = Vec::new();
    v.reserve_exact_or_raise(vm, n)?;
    v.resize(n, 0);
    let b = new_bytearray(vm, v);
    let r = vm.call_method(raw, "readinto", std::slice::from_ref(&b))?;
    if vm.is_none(&r) {
        return Ok(None);
    }
    let got = vm.index_isize(&r, None)?;
    // The buffer is a bytearray the callee could have resized.
    let filled = crate::objects::bytes::buffer(&b)
        .map(|d| d.into_owned())
        .unwrap_or_default();
    if got < 0 || got as usize > n || got as usize > filled.len() {
        return Err(vm.new_exc(
            "OSError",
            format!(
                "raw readinto() returned invalid length {got} (should have been between 0 and {n})"
            ),
        ));
    }
    out.extend_from_slice(&filled[..got as usize]);
    Ok(Some(got as usize))
}

fn raw_write(vm: &Vm, raw: &PyRef, data: &[u8]) -> PyResult<Option<usize>> {
    if raw.type_is(&vm.g.io.file_io)
        && let Some(f) = raw.downcast::<FileIO>()
    {
        return f.write_some(vm, data);
    }
    let r = vm.call_method(raw, "write", &[new_bytes(vm, data.to_vec())])?;
    if vm.is_none(&r) {
        return Ok(None);
    }
    let n = vm.index_isize(&r, None)?;
    if n < 0 || n as usize > data.len() {
        return Err(vm.new_exc(
            "OSError",
            format!(
                "raw write() returned invalid length {n} (should have been between 0 and {})",
                data.len()
            ),
        ));
    }
    Ok(Some(n as usize))
}

fn raw_seek(vm: &Vm, raw: &PyRef, pos: i64, whence: i32) -> PyResult<i64> {
    if raw.type_is(&vm.g.io.file_io)
        && let Some(f) = raw.downcast::<FileIO>()
    {
        return f.seek(vm, pos, whence);
    }
    let r = vm.call_method(raw, "seek", &[vm.new_int(pos), vm.new_int(whence as i64)])?;
    let n = vm
        .index(&r)?
        .downcast::<Int>()
        .and_then(Int::to_i64)
        .unwrap_or(-1);
    if n < 0 {
        return Err(vm.new_exc(
            "OSError",
            format!("Raw stream returned invalid position {n}"),
        ));
    }
    Ok(n)
}

fn raw_tell(vm: &Vm, raw: &PyRef) -> PyResult<i64> {
    if raw.type_is(&vm.g.io.file_io) {
        return raw_seek(vm, raw, 0, consts::SEEK_CUR);
    }
    let r = vm.call_method(raw, "tell", &[])?;
    let n = vm
        .index(&r)?
        .downcast::<Int>()
        .and_then(Int::to_i64)
        .unwrap_or(-1);
    if n < 0 {
        return Err(vm.new_exc(
            "OSError",
            format!("Raw stream returned invalid position {n}"),
        ));
    }
    Ok(n)
}

fn raw_closed(vm: &Vm, raw: &PyRef) -> PyResult<bool> {
    if raw.type_is(&vm.g.io.file_io)
        && let Some(f) = raw.downcast::<FileIO>()
    {
        return Ok(f.is_closed());
    }
    let c = vm.getattr_str(raw, "closed")?;
    vm.truthy(&c)
}

fn check_not_closed(vm: &Vm, raw: &PyRef, what: &str) -> PyResult<()> {
    if raw_closed(vm, raw)? {
        return Err(vm.value_error(format!("{what} of closed file")));
    }
    Ok(())
}

// ---- the buffering itself ----------------------------------------------------

/// Writes out all pending bytes. On an error, what was not written stays
/// pending.
fn flush_writes(vm: &Vm, b: &Buffered, raw: &PyRef) -> PyResult<()> {
    let data = std::mem::take(&mut b.st.borrow_mut().wbuf);
    let mut off = 0;
    let res = loop {
        if off >= data.len() {
            break Ok(());
        }
        match raw_write(vm, raw, &data[off..]) {
            Ok(Some(n)) => {
                off += n;
                b.advance_pos(n);
            }
            Ok(None) => {
                let e = vm.new_exc_args(
                    vm.g.exc("BlockingIOError"),
                    vec![
                        vm.new_int(terrarium_os::errno::EAGAIN as i64),
                        vm.new_str("write could not complete without blocking"),
                        vm.new_int(off as i64),
                    ],
                );
                break Err(e);
            }
            Err(e) => break Err(e),
        }
    };
    if off < data.len() {
        let mut st = b.st.borrow_mut();
        let mut rest = data[off..].to_vec();
        rest.extend_from_slice(&st.wbuf);
        st.wbuf = rest;
    }
    res
}

/// Moves the raw stream back over unread read-ahead and drops it, so the raw
/// position is the logical one.
fn rewind_read(vm: &Vm, b: &Buffered, raw: &PyRef) -> PyResult<()> {
    let avail = b.avail();
    b.reset_read();
    if avail > 0 {
        let n = raw_seek(vm, raw, -(avail as i64), consts::SEEK_CUR)?;
        b.st.borrow_mut().abs_pos = n;
    }
    Ok(())
}

/// Prepares a read: pending writes of a `BufferedRandom` go out first.
fn before_read(vm: &Vm, b: &Buffered, raw: &PyRef) -> PyResult<()> {
    if !b.st.borrow().wbuf.is_empty() {
        flush_writes(vm, b, raw)?;
    }
    Ok(())
}

/// Reads one raw chunk into the (empty) read buffer; `None` when it would
/// block, `Some(0)` at end of file.
fn fill_buffer(vm: &Vm, b: &Buffered, raw: &PyRef) -> PyResult<Option<usize>> {
    let size = b.st.borrow().buffer_size;
    let mut chunk = Vec::new();
    let r = raw_read(vm, raw, &mut chunk, size)?;
    if let Some(n) = r {
        b.advance_pos(n);
        let mut st = b.st.borrow_mut();
        st.rbuf = chunk;
        st.rpos = 0;
    }
    Ok(r)
}

/// `read(n)` for `n >= 0`: loops until `n` bytes, end of file, or a raw
/// read that would block (`None` if nothing was read at all).
fn read_generic(vm: &Vm, b: &Buffered, raw: &PyRef, n: usize) -> PyResult<Option<Vec<u8>>> {
    let mut out = b.take_buffered(n);
    let size = b.st.borrow().buffer_size;
    while out.len() < n {
        let remaining = n - out.len();
        let r = if remaining >= size {
            let r = raw_read(vm, raw, &mut out, remaining)?;
            if let Some(k) = r {
                b.advance_pos(k);
            }
            r
        } else {
            let r = fill_buffer(vm, b, raw)?;
            out.extend(b.take_buffered(remaining));
            r
        };
        match r {
            None if out.is_empty() => return Ok(None),
            None | Some(0) => break,
            Some(_) => {}
        }
    }
    Ok(Some(out))
}

fn read_all(vm: &Vm, b: &Buffered, raw: &PyRef) -> PyResult<Option<Vec<u8>>> {
    let mut out = b.take_buffered(usize::MAX);
    b.reset_read();
    if raw.type_is(&vm.g.io.file_io)
        && let Some(f) = raw.downcast::<FileIO>()
    {
        let r = f.read_all(vm, &mut out)?;
        b.st.borrow_mut().abs_pos = -1;
        return Ok(if r.is_none() && out.is_empty() {
            None
        } else {
            Some(out)
        });
    }
    b.st.borrow_mut().abs_pos = -1;
    if let Some(readall) = vm.getattr_opt(raw, &vm.intern("readall"))? {
        let data = vm.call0(&readall)?;
        if vm.is_none(&data) {
            return Ok(if out.is_empty() { None } else { Some(out) });
        }
        let Some(bytes) = data.downcast::<Bytes>() else {
            return Err(vm.type_error("readall() should return bytes"));
        };
        out.extend_from_slice(bytes.as_bytes());
        return Ok(Some(out));
    }
    loop {
        let data = vm.call_method(raw, "read", &[])?;
        if vm.is_none(&data) {
            return Ok(if out.is_empty() { None } else { Some(out) });
        }
        let Some(bytes) = data.downcast::<Bytes>() else {
            return Err(vm.type_error("read() should return bytes"));
        };
        if bytes.as_bytes().is_empty() {
            return Ok(Some(out));
        }
        out.extend_from_slice(bytes.as_bytes());
    }
}

/// At most one raw read: what is buffered, else one chunk.
fn read1(vm: &Vm, b: &Buffered, raw: &PyRef, n: usize) -> PyResult<Vec<u8>> {
    if n == 0 {
        return Ok(Vec::new());
    }
    if b.avail() > 0 {
        return Ok(b.take_buffered(n));
    }
    b.reset_read();
    let size = b.st.borrow().buffer_size;
    if n > size {
        let mut out = Vec::new();
        if let Some(k) = raw_read(vm, raw, &mut out, n)? {
            b.advance_pos(k);
        }
        return Ok(out);
    }
    fill_buffer(vm, b, raw)?;
    Ok(b.take_buffered(n))
}

fn readline(vm: &Vm, b: &Buffered, raw: &PyRef, limit: isize) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let want = if limit < 0 {
            usize::MAX
        } else {
            limit as usize - out.len()
        };
        if want == 0 {
            break;
        }
        {
            let mut st = b.st.borrow_mut();
            let start = st.rpos;
            let end = st.rbuf.len().min(start.saturating_add(want));
            let window = &st.rbuf[start..end];
            if let Some(i) = window.iter().position(|&c| c == b'\n') {
                out.extend_from_slice(&window[..=i]);
                st.rpos = start + i + 1;
                return Ok(out);
            }
            out.extend_from_slice(window);
            st.rpos = end;
        }
        if limit >= 0 && out.len() >= limit as usize {
            break;
        }
        match fill_buffer(vm, b, raw)? {
            None | Some(0) => break,
            Some(_) => {}
        }
    }
    Ok(out)
}

fn write(vm: &Vm, b: &Buffered, raw: &PyRef, data: &[u8]) -> PyResult<()> {
    let (readable, has_ahead) = {
        let st = b.st.borrow();
        (st.readable, !st.rbuf.is_empty())
    };
    if readable && has_ahead {
        rewind_read(vm, b, raw)?;
    }
    // As CPython: data that fits in the buffer waits there; otherwise the
    // buffer goes out, then the data itself while it is larger than the
    // buffer, and the rest is buffered.
    let size = {
        let mut st = b.st.borrow_mut();
        if data.len() <= st.buffer_size.saturating_sub(st.wbuf.len()) {
            st.wbuf.reserve_or_raise(vm, data.len())?;
            st.wbuf.extend_from_slice(data);
            return Ok(());
        }
        st.buffer_size
    };
    flush_writes(vm, b, raw)?;
    let mut off = 0;
    while data.len() - off > size {
        match raw_write(vm, raw, &data[off..])? {
            Some(n) => {
                off += n;
                b.advance_pos(n);
            }
            None => {
                // The raw stream would block: keep what fits, as CPython.
                let keep = (data.len() - off).min(size);
                b.st.borrow_mut()
                    .wbuf
                    .extend_from_slice(&data[off..off + keep]);
                if keep < data.len() - off {
                    return Err(vm.new_exc_args(
                        vm.g.exc("BlockingIOError"),
                        vec![
                            vm.new_int(terrarium_os::errno::EAGAIN as i64),
                            vm.new_str("write could not complete without blocking"),
                            vm.new_int((off + keep) as i64),
                        ],
                    ));
                }
                return Ok(());
            }
        }
    }
    b.st.borrow_mut().wbuf.extend_from_slice(&data[off..]);
    Ok(())
}

/// `flush()`: pending writes out, and read-ahead given back.
fn flush_and_rewind(vm: &Vm, b: &Buffered, raw: &PyRef) -> PyResult<()> {
    flush_writes(vm, b, raw)?;
    if b.st.borrow().readable {
        rewind_read(vm, b, raw)?;
    }
    Ok(())
}

fn tell(vm: &Vm, b: &Buffered, raw: &PyRef) -> PyResult<i64> {
    let pos = raw_tell(vm, raw)?;
    let mut st = b.st.borrow_mut();
    st.abs_pos = pos;
    let logical = pos - (st.rbuf.len() - st.rpos) as i64 + st.wbuf.len() as i64;
    Ok(logical.max(0))
}

fn seek(vm: &Vm, b: &Buffered, raw: &PyRef, target: i64, whence: i32) -> PyResult<i64> {
    if whence == 0 || whence == 1 {
        let st = b.st.borrow();
        if st.wbuf.is_empty() && st.readable && st.abs_pos >= 0 && !st.rbuf.is_empty() {
            let start = st.abs_pos - st.rbuf.len() as i64;
            let current = start + st.rpos as i64;
            let wanted = if whence == 0 {
                target
            } else {
                current.saturating_add(target)
            };
            if wanted >= start && wanted <= st.abs_pos {
                drop(st);
                b.st.borrow_mut().rpos = (wanted - start) as usize;
                return Ok(wanted);
            }
        }
    }
    flush_writes(vm, b, raw)?;
    let target = if whence == 1 {
        target - b.avail() as i64
    } else {
        target
    };
    b.reset_read();
    let n = raw_seek(vm, raw, target, whence)?;
    b.st.borrow_mut().abs_pos = n;
    Ok(n)
}

// ---- fast paths for TextIOWrapper ----------------------------------------------

/// Whether `o` is an exact builtin buffered stream, whose Rust functions may
/// be called instead of its methods.
pub fn is_exact(vm: &Vm, o: &PyRef) -> bool {
    let io = &vm.g.io;
    o.type_is(&io.buffered_writer)
        || o.type_is(&io.buffered_reader)
        || o.type_is(&io.buffered_random)
}

/// `buffer.write(data)` of an exact buffered stream.
pub fn write_exact(vm: &Vm, o: &PyRef, data: &[u8]) -> PyResult<()> {
    let b = this(vm, o)?;
    let raw = raw_of(vm, b)?;
    check_not_closed(vm, &raw, "write to")?;
    if !b.st.borrow().writable {
        return Err(unsupported(vm, "write"));
    }
    write(vm, b, &raw, data)
}

/// `buffer.flush()` of an exact buffered stream.
pub fn flush_exact(vm: &Vm, o: &PyRef) -> PyResult<()> {
    let b = this(vm, o)?;
    let raw = raw_of(vm, b)?;
    check_not_closed(vm, &raw, "flush of")?;
    flush_and_rewind(vm, b, &raw)
}

/// `buffer.read1(n)` of an exact buffered stream.
pub fn read1_exact(vm: &Vm, o: &PyRef, n: usize) -> PyResult<Vec<u8>> {
    let b = this(vm, o)?;
    let raw = raw_of(vm, b)?;
    check_not_closed(vm, &raw, "read of")?;
    if !b.st.borrow().readable {
        return Err(unsupported(vm, "read1"));
    }
    before_read(vm, b, &raw)?;
    read1(vm, b, &raw, n)
}

/// Whether the raw stream of an exact buffered stream is closed.
pub fn closed_exact(vm: &Vm, o: &PyRef) -> PyResult<bool> {
    let b = this(vm, o)?;
    let raw = raw_of(vm, b)?;
    raw_closed(vm, &raw)
}

/// The buffered stream of `sys.stdin` (`writable` false), `sys.stdout` or
/// `sys.stderr`.
pub fn std_buffered(vm: &Vm, raw: PyRef, writable: bool) -> PyRef {
    let b = Buffered::new();
    {
        let mut st = b.st.borrow_mut();
        st.ok = true;
        st.raw = Some(raw);
        st.readable = !writable;
        st.writable = writable;
        st.buffer_size = DEFAULT_BUFFER_SIZE;
    }
    let cls = if writable {
        &vm.g.io.buffered_writer
    } else {
        &vm.g.io.buffered_reader
    };
    alloc(cls, b)
}

// ---- methods ---------------------------------------------------------------------

fn buffered_new(_vm: &Vm, a: Args) -> PyResult {
    Ok(alloc(&a.args[0], Buffered::new()))
}

fn buffered_init(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let cls = zelf.class();
    let io = &vm.g.io;
    let (fname, readable, writable) = if is_subtype(&cls, &io.buffered_random) {
        ("BufferedRandom", true, true)
    } else if is_subtype(&cls, &io.buffered_writer) {
        ("BufferedWriter", false, true)
    } else {
        ("BufferedReader", true, false)
    };
    let [raw, size] = a.bind(vm, fname, ["raw", "buffer_size"], 1, 1, 0)?;
    let raw = raw.expect("required");
    let b = this(vm, zelf)?;
    b.st.borrow_mut().ok = false;
    if readable && writable {
        check_seekable(vm, &raw)?;
    }
    if readable {
        check_readable(vm, &raw)?;
    }
    if writable {
        check_writable(vm, &raw)?;
    }
    let size = match &size {
        Some(s) => vm.index_isize(s, None)?,
        None => DEFAULT_BUFFER_SIZE as isize,
    };
    if size <= 0 {
        return Err(vm.value_error("buffer size must be strictly positive"));
    }
    let old = {
        let mut st = b.st.borrow_mut();
        let old = st.raw.replace(raw);
        st.readable = readable;
        st.writable = writable;
        st.buffer_size = size as usize;
        st.rbuf = Vec::new();
        st.rpos = 0;
        st.wbuf = Vec::new();
        st.abs_pos = -1;
        st.detached = false;
        st.ok = true;
        old
    };
    drop(old);
    let raw = raw_of(vm, b)?;
    if let Ok(pos) = raw_tell(vm, &raw) {
        b.st.borrow_mut().abs_pos = pos;
    }
    Ok(vm.none())
}

fn m_read(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "read", 1, 0, 1)?;
    let b = this(vm, a.zelf())?;
    let raw = raw_of(vm, b)?;
    let n = size_arg(vm, pos.first())?;
    if n < -1 {
        return Err(vm.value_error("read length must be non-negative or -1"));
    }
    check_not_closed(vm, &raw, "read of")?;
    before_read(vm, b, &raw)?;
    let r = if n < 0 {
        read_all(vm, b, &raw)?
    } else {
        read_generic(vm, b, &raw, n as usize)?
    };
    Ok(match r {
        Some(v) => new_bytes(vm, v),
        None => vm.none(),
    })
}

fn m_read1(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "read1", 1, 0, 1)?;
    let b = this(vm, a.zelf())?;
    let raw = raw_of(vm, b)?;
    let mut n = size_arg(vm, pos.first())?;
    if n < 0 {
        n = b.st.borrow().buffer_size as isize;
    }
    check_not_closed(vm, &raw, "read of")?;
    before_read(vm, b, &raw)?;
    Ok(new_bytes(vm, read1(vm, b, &raw, n as usize)?))
}

fn m_peek(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "peek", 1, 0, 1)?;
    let b = this(vm, a.zelf())?;
    let raw = raw_of(vm, b)?;
    check_not_closed(vm, &raw, "peek of")?;
    before_read(vm, b, &raw)?;
    if b.avail() == 0 {
        fill_buffer(vm, b, &raw)?;
    }
    let st = b.st.borrow();
    Ok(new_bytes(vm, st.rbuf[st.rpos..].to_vec()))
}

fn readinto_impl(vm: &Vm, a: Args, one: bool) -> PyResult {
    let name = if one { "readinto1" } else { "readinto" };
    let pos = a.check_pos(vm, name, 1, 1, 1)?;
    let b = this(vm, a.zelf())?;
    let raw = raw_of(vm, b)?;
    let n = writable_len(vm, &pos[0], name)?;
    check_not_closed(vm, &raw, "readinto of")?;
    before_read(vm, b, &raw)?;
    let data = if one {
        read1(vm, b, &raw, n)?
    } else {
        read_generic(vm, b, &raw, n)?.unwrap_or_default()
    };
    copy_into(vm, &pos[0], &data)?;
    Ok(vm.new_int(data.len() as i64))
}

fn m_readline(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "readline", 1, 0, 1)?;
    let b = this(vm, a.zelf())?;
    let raw = raw_of(vm, b)?;
    let limit = size_arg(vm, pos.first())?;
    check_not_closed(vm, &raw, "readline of")?;
    before_read(vm, b, &raw)?;
    Ok(new_bytes(vm, readline(vm, b, &raw, limit)?))
}

fn m_next(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    if !zelf.type_is(&vm.g.io.buffered_reader) && !zelf.type_is(&vm.g.io.buffered_random) {
        return super::iobase::next_line(vm, a);
    }
    let b = this(vm, zelf)?;
    let raw = raw_of(vm, b)?;
    check_not_closed(vm, &raw, "readline of")?;
    before_read(vm, b, &raw)?;
    let line = readline(vm, b, &raw, -1)?;
    if line.is_empty() {
        return Err(vm.stop_iteration(None));
    }
    Ok(new_bytes(vm, line))
}

fn m_write(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "write", 1, 1, 1)?;
    let b = this(vm, a.zelf())?;
    let raw = raw_of(vm, b)?;
    let Some(data) = buffer(&pos[0]) else {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            pos[0].ty().name
        )));
    };
    check_not_closed(vm, &raw, "write to")?;
    write(vm, b, &raw, &data)?;
    Ok(vm.new_int(data.len() as i64))
}

fn m_flush(vm: &Vm, a: Args) -> PyResult {
    let b = this(vm, a.zelf())?;
    let raw = raw_of(vm, b)?;
    check_not_closed(vm, &raw, "flush of")?;
    flush_and_rewind(vm, b, &raw)?;
    Ok(vm.none())
}

fn m_seek(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "seek", 1, 1, 2)?;
    let b = this(vm, a.zelf())?;
    let raw = raw_of(vm, b)?;
    let target = offset_arg(vm, &pos[0])?;
    let whence = match pos.get(1) {
        Some(w) => vm.index_isize(w, None)?,
        None => 0,
    };
    // SEEK_DATA and SEEK_HOLE (3 and 4 on Linux) go to the raw stream too.
    if !(0..=4).contains(&whence) {
        return Err(vm.value_error(format!("whence value {whence} unsupported")));
    }
    check_not_closed(vm, &raw, "seek of")?;
    check_seekable(vm, &raw)?;
    Ok(vm.new_int(seek(vm, b, &raw, target, whence as i32)?))
}

fn m_tell(vm: &Vm, a: Args) -> PyResult {
    let b = this(vm, a.zelf())?;
    let raw = raw_of(vm, b)?;
    Ok(vm.new_int(tell(vm, b, &raw)?))
}

fn m_truncate(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "truncate", 1, 0, 1)?;
    let b = this(vm, a.zelf())?;
    let raw = raw_of(vm, b)?;
    check_not_closed(vm, &raw, "truncate of")?;
    if !b.st.borrow().writable {
        return Err(unsupported(vm, "truncate"));
    }
    flush_and_rewind(vm, b, &raw)?;
    let arg = pos.first().cloned().unwrap_or_else(|| vm.none());
    let r = vm.call_method(&raw, "truncate", &[arg])?;
    b.st.borrow_mut().abs_pos = raw_tell(vm, &raw).unwrap_or(-1);
    Ok(r)
}

fn m_close(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let b = this(vm, zelf)?;
    let raw = raw_of(vm, b)?;
    if raw_closed(vm, &raw)? {
        return Ok(vm.none());
    }
    let flushed = if is_exact(vm, zelf) {
        flush_and_rewind(vm, b, &raw).map(|_| vm.none())
    } else {
        vm.call_method(zelf, "flush", &[])
    };
    let closed = vm.call_method(&raw, "close", &[]);
    {
        let mut st = b.st.borrow_mut();
        st.rbuf = Vec::new();
        st.rpos = 0;
    }
    chain_close_errors(vm, flushed, closed)
}

/// The result of `close()` after a flush: the close error (with the flush
/// error as its context) or the flush error.
pub fn chain_close_errors(vm: &Vm, flushed: PyResult, closed: PyResult) -> PyResult {
    match (flushed, closed) {
        (Ok(_), Ok(r)) => Ok(r),
        (Err(f), Ok(_)) => Err(f),
        (Ok(_), Err(c)) => Err(c),
        (Err(f), Err(c)) => {
            let _ = vm.setattr_str(&c.0, "__context__", f.0);
            Err(c)
        }
    }
}

fn m_detach(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let b = this(vm, zelf)?;
    raw_of(vm, b)?;
    vm.call_method(zelf, "flush", &[])?;
    let mut st = b.st.borrow_mut();
    st.detached = true;
    Ok(st.raw.take().unwrap_or_else(|| vm.none()))
}

fn delegate(vm: &Vm, a: Args, name: &str) -> PyResult {
    let b = this(vm, a.zelf())?;
    let raw = raw_of(vm, b)?;
    vm.call_method(&raw, name, &[])
}

fn attr_of_raw(vm: &Vm, o: &PyRef, name: &str) -> PyResult {
    let b = this(vm, o)?;
    let raw = raw_of(vm, b)?;
    vm.getattr_str(&raw, name)
}

fn m_repr(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let tname = zelf.ty().name.clone();
    match vm.getattr_str(zelf, "name") {
        Ok(n) => Ok(vm.new_str(format!("<{tname} name={}>", vm.repr_string(&n)?))),
        Err(e) if vm.err_matches(&e, "Exception") => Ok(vm.new_str(format!("<{tname}>"))),
        Err(e) => Err(e),
    }
}

// ---- BufferedRWPair ------------------------------------------------------------------

/// A reader and a writer over two raw streams, seen as one stream.
pub struct RWPair {
    pair: RefCell<Option<(PyRef, PyRef)>>,
}

impl Payload for RWPair {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(p) = self.pair.try_borrow()
            && let Some((r, w)) = p.as_ref()
        {
            visit(r);
            visit(w);
        }
    }
    fn clear(&self) {
        let p = self.pair.borrow_mut().take();
        drop(p);
    }
}

fn pair_of(vm: &Vm, o: &PyRef) -> PyResult<(PyRef, PyRef)> {
    let p = o
        .downcast::<RWPair>()
        .ok_or_else(|| vm.type_error("descriptor requires a '_io.BufferedRWPair' object"))?;
    let pair = p.pair.borrow().clone();
    pair.ok_or_else(|| vm.value_error("I/O operation on uninitialized object"))
}

fn rwpair_init(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "BufferedRWPair", 1, 2, 3)?;
    check_readable(vm, &pos[0])?;
    check_writable(vm, &pos[1])?;
    let mut args = vec![pos[0].clone()];
    args.extend(pos.get(2).cloned());
    let reader = vm.call(&vm.g.io.buffered_reader, &args, &[])?;
    args[0] = pos[1].clone();
    let writer = vm.call(&vm.g.io.buffered_writer, &args, &[])?;
    let p = a
        .zelf()
        .downcast::<RWPair>()
        .ok_or_else(|| vm.type_error("BufferedRWPair expected"))?;
    let old = p.pair.replace(Some((reader, writer)));
    drop(old);
    Ok(vm.none())
}

fn pair_reader(vm: &Vm, a: Args, name: &str) -> PyResult {
    let (r, _) = pair_of(vm, a.zelf())?;
    vm.call_method(&r, name, &a.args[1..])
}

fn pair_writer(vm: &Vm, a: Args, name: &str) -> PyResult {
    let (_, w) = pair_of(vm, a.zelf())?;
    vm.call_method(&w, name, &a.args[1..])
}

fn rwpair_close(vm: &Vm, a: Args) -> PyResult {
    let (r, w) = pair_of(vm, a.zelf())?;
    let first = vm.call_method(&w, "close", &[]);
    let second = vm.call_method(&r, "close", &[]);
    chain_close_errors(vm, first, second)
}

fn rwpair_isatty(vm: &Vm, a: Args) -> PyResult {
    let (r, w) = pair_of(vm, a.zelf())?;
    let wt = vm.call_method(&w, "isatty", &[])?;
    if vm.truthy(&wt)? {
        return Ok(wt);
    }
    vm.call_method(&r, "isatty", &[])
}

pub fn fill(g: &Globals) {
    let io = &g.io;
    for t in [
        &io.buffered_reader,
        &io.buffered_writer,
        &io.buffered_random,
    ] {
        add_static(
            g,
            t,
            "__new__",
            signature!("($type, *args, **kwargs)"),
            buffered_new,
        );
        add_method(
            g,
            t,
            "__init__",
            signature!("($self, /, *args, **kwargs)"),
            buffered_init,
        );
        add_method(g, t, "close", signature!(hidden "($self, /)"), m_close);
        add_method(g, t, "detach", signature!(hidden "($self, /)"), m_detach);
        add_method(g, t, "flush", signature!(hidden "($self, /)"), m_flush);
        add_method(
            g,
            t,
            "seek",
            signature!("($self, target, whence=0, /)"),
            m_seek,
        );
        add_method(g, t, "tell", signature!(hidden "($self, /)"), m_tell);
        add_method(
            g,
            t,
            "truncate",
            signature!("($self, pos=None, /)"),
            m_truncate,
        );
        add_method(
            g,
            t,
            "seekable",
            signature!(hidden "($self, /)"),
            |vm, a| delegate(vm, a, "seekable"),
        );
        add_method(g, t, "fileno", signature!(hidden "($self, /)"), |vm, a| {
            delegate(vm, a, "fileno")
        });
        add_method(g, t, "isatty", signature!(hidden "($self, /)"), |vm, a| {
            delegate(vm, a, "isatty")
        });
        add_method(g, t, "__repr__", signature!("($self, /)"), m_repr);
        add_getset(
            g,
            t,
            "raw",
            |vm, o| {
                Ok(this(vm, o)?
                    .st
                    .borrow()
                    .raw
                    .clone()
                    .unwrap_or_else(|| vm.none()))
            },
            None,
        );
        add_getset(g, t, "closed", |vm, o| attr_of_raw(vm, o, "closed"), None);
        add_getset(g, t, "name", |vm, o| attr_of_raw(vm, o, "name"), None);
        add_getset(g, t, "mode", |vm, o| attr_of_raw(vm, o, "mode"), None);
    }
    for t in [&io.buffered_reader, &io.buffered_random] {
        add_method(g, t, "read", signature!("($self, size=-1, /)"), m_read);
        add_method(g, t, "read1", signature!("($self, size=-1, /)"), m_read1);
        add_method(g, t, "peek", signature!("($self, size=0, /)"), m_peek);
        add_method(
            g,
            t,
            "readinto",
            signature!("($self, buffer, /)"),
            |vm, a| readinto_impl(vm, a, false),
        );
        add_method(
            g,
            t,
            "readinto1",
            signature!("($self, buffer, /)"),
            |vm, a| readinto_impl(vm, a, true),
        );
        add_method(
            g,
            t,
            "readline",
            signature!("($self, size=-1, /)"),
            m_readline,
        );
        add_method(
            g,
            t,
            "readable",
            signature!(hidden "($self, /)"),
            |vm, a| delegate(vm, a, "readable"),
        );
        add_method(g, t, "__next__", signature!("($self, /)"), m_next);
    }
    for t in [&io.buffered_writer, &io.buffered_random] {
        add_method(g, t, "write", signature!("($self, buffer, /)"), m_write);
        add_method(
            g,
            t,
            "writable",
            signature!(hidden "($self, /)"),
            |vm, a| delegate(vm, a, "writable"),
        );
    }

    let p = &io.buffered_rwpair;
    add_static(
        g,
        p,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        |_vm, a| {
            Ok(alloc(
                &a.args[0],
                RWPair {
                    pair: RefCell::new(None),
                },
            ))
        },
    );
    add_method(
        g,
        p,
        "__init__",
        signature!("($self, /, *args, **kwargs)"),
        rwpair_init,
    );
    add_method(
        g,
        p,
        "read",
        signature!(hidden "($self, size=<unrepresentable>, /)"),
        |vm, a| pair_reader(vm, a, "read"),
    );
    add_method(
        g,
        p,
        "peek",
        signature!(hidden "($self, size=<unrepresentable>, /)"),
        |vm, a| pair_reader(vm, a, "peek"),
    );
    add_method(
        g,
        p,
        "read1",
        signature!(hidden "($self, size=<unrepresentable>, /)"),
        |vm, a| pair_reader(vm, a, "read1"),
    );
    add_method(
        g,
        p,
        "readinto",
        signature!(hidden "($self, object, /)"),
        |vm, a| pair_reader(vm, a, "readinto"),
    );
    add_method(
        g,
        p,
        "readinto1",
        signature!(hidden "($self, object, /)"),
        |vm, a| pair_reader(vm, a, "readinto1"),
    );
    add_method(
        g,
        p,
        "readable",
        signature!(hidden "($self, /)"),
        |vm, a| pair_reader(vm, a, "readable"),
    );
    add_method(
        g,
        p,
        "write",
        signature!(hidden "($self, object, /)"),
        |vm, a| pair_writer(vm, a, "write"),
    );
    add_method(g, p, "flush", signature!(hidden "($self, /)"), |vm, a| {
        pair_writer(vm, a, "flush")
    });
    add_method(
        g,
        p,
        "writable",
        signature!(hidden "($self, /)"),
        |vm, a| pair_writer(vm, a, "writable"),
    );
    add_method(g, p, "close", signature!(hidden "($self, /)"), rwpair_close);
    add_method(
        g,
        p,
        "isatty",
        signature!(hidden "($self, /)"),
        rwpair_isatty,
    );
    add_getset(
        g,
        p,
        "closed",
        |vm, o| {
            let (_, w) = pair_of(vm, o)?;
            vm.getattr_str(&w, "closed")
        },
        None,
    );
}
