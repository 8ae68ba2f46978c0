//! `_io.FileIO`: unbuffered binary I/O on a file descriptor of the OS layer
//! (CPython's `fileio.c`).

use std::cell::{Cell, RefCell};

use terrarium_os::{consts, errno};

use super::iobase::{copy_into, writable_len};
use super::{os_error, os_error_with, size_arg, unsupported};
use crate::error::{PyErr, PyResult};
use crate::globals::Globals;
use crate::memory::Reserve;
use crate::object::{Payload, PyRef, alloc};
use crate::objects::bytes::{buffer, new_bytes};
use crate::objects::float::Float;
use crate::objects::int::Int;
use crate::objects::native::Args;
use crate::objects::str::str_payload;
use crate::objects::{add_getset, add_method, add_static};
use crate::vm::Vm;

pub struct FileIO {
    /// -1 once closed (or before `__init__`).
    fd: Cell<i32>,
    readable: Cell<bool>,
    writable: Cell<bool>,
    appending: Cell<bool>,
    created: Cell<bool>,
    /// -1 unknown, 0 no, 1 yes.
    seekable: Cell<i8>,
    closefd: Cell<bool>,
    blksize: Cell<i64>,
    /// The `name` attribute (CPython keeps it in the instance dict).
    name: RefCell<Option<PyRef>>,
}

impl Payload for FileIO {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(n) = self.name.borrow().as_ref() {
            visit(n);
        }
    }
    fn clear(&self) {
        let n = self.name.borrow_mut().take();
        drop(n);
    }
}

impl FileIO {
    fn new() -> FileIO {
        FileIO {
            fd: Cell::new(-1),
            readable: Cell::new(false),
            writable: Cell::new(false),
            appending: Cell::new(false),
            created: Cell::new(false),
            seekable: Cell::new(-1),
            closefd: Cell::new(true),
            blksize: Cell::new(super::DEFAULT_BUFFER_SIZE as i64),
            name: RefCell::new(None),
        }
    }

    pub fn blksize(&self) -> i64 {
        self.blksize.get()
    }

    fn check_open(&self, vm: &Vm) -> PyResult<i32> {
        match self.fd.get() {
            fd if fd < 0 => Err(vm.value_error("I/O operation on closed file")),
            fd => Ok(fd),
        }
    }

    fn check_readable(&self, vm: &Vm) -> PyResult<i32> {
        let fd = self.check_open(vm)?;
        if !self.readable.get() {
            return Err(unsupported(vm, "File not open for reading"));
        }
        Ok(fd)
    }

    fn check_writable(&self, vm: &Vm) -> PyResult<i32> {
        let fd = self.check_open(vm)?;
        if !self.writable.get() {
            return Err(unsupported(vm, "File not open for writing"));
        }
        Ok(fd)
    }

    pub fn is_closed(&self) -> bool {
        self.fd.get() < 0
    }

    /// One `read(2)` of at most `n` bytes appended to `out`; `None` when it
    /// would block.
    pub fn read_some(&self, vm: &Vm, out: &mut Vec<u8>, n: usize) -> PyResult<Option<usize>> {
        let fd = self.check_readable(vm)?;
        let start = out.len();
        out.reserve_or_raise(vm, n)?;
        out.resize(start + n, 0);
        let r = vm.os.read(fd, &mut out[start..]);
        match r {
            Ok(got) => {
                out.truncate(start + got);
                Ok(Some(got))
            }
            Err(e) => {
                out.truncate(start);
                if e.errno() == errno::EAGAIN {
                    Ok(None)
                } else {
                    Err(os_error(vm, &e))
                }
            }
        }
    }

    /// Everything up to end of file, appended to `out`; `None` when the
    /// first read would block.
    pub fn read_all(&self, vm: &Vm, out: &mut Vec<u8>) -> PyResult<Option<usize>> {
        let fd = self.check_readable(vm)?;
        // A regular file's remaining size makes a good first guess.
        let mut chunk = super::DEFAULT_BUFFER_SIZE;
        if let (Ok(st), Ok(pos)) = (vm.os.fstat(fd), vm.os.lseek(fd, 0, consts::SEEK_CUR))
            && st.st_size > pos
            && st.st_size - pos < (1 << 30)
        {
            chunk = (st.st_size - pos) as usize + 1;
        }
        let start = out.len();
        loop {
            match self.read_some(vm, out, chunk)? {
                None if out.len() == start => return Ok(None),
                None | Some(0) => break,
                Some(_) => chunk = (chunk * 2).clamp(super::DEFAULT_BUFFER_SIZE, 1 << 24),
            }
        }
        Ok(Some(out.len() - start))
    }

    /// One `write(2)`; `None` when it would block.
    pub fn write_some(&self, vm: &Vm, data: &[u8]) -> PyResult<Option<usize>> {
        let fd = self.check_writable(vm)?;
        match vm.os.write(fd, data) {
            Ok(n) => Ok(Some(n)),
            Err(e) if e.errno() == errno::EAGAIN => Ok(None),
            Err(e) => Err(os_error(vm, &e)),
        }
    }

    pub fn seek(&self, vm: &Vm, pos: i64, whence: i32) -> PyResult<i64> {
        let fd = self.check_open(vm)?;
        vm.os.lseek(fd, pos, whence).map_err(|e| os_error(vm, &e))
    }

    pub fn seekable(&self, vm: &Vm) -> PyResult<bool> {
        let fd = self.check_open(vm)?;
        if self.seekable.get() < 0 {
            self.seekable
                .set(vm.os.lseek(fd, 0, consts::SEEK_CUR).is_ok() as i8);
        }
        Ok(self.seekable.get() == 1)
    }

    pub fn readable(&self, vm: &Vm) -> PyResult<bool> {
        self.check_open(vm)?;
        Ok(self.readable.get())
    }

    pub fn writable(&self, vm: &Vm) -> PyResult<bool> {
        self.check_open(vm)?;
        Ok(self.writable.get())
    }

    fn mode_string(&self) -> &'static str {
        let (r, w) = (self.readable.get(), self.writable.get());
        if self.created.get() {
            if r { "xb+" } else { "xb" }
        } else if self.appending.get() {
            if r { "ab+" } else { "ab" }
        } else if r {
            if w { "rb+" } else { "rb" }
        } else {
            "wb"
        }
    }

    /// Closes the descriptor if this object owns it; marks the object closed.
    fn internal_close(&self, vm: &Vm) -> PyResult<()> {
        let fd = self.fd.replace(-1);
        if fd >= 0 && self.closefd.get() {
            vm.os.close(fd).map_err(|e| os_error(vm, &e))?;
        }
        Ok(())
    }
}

fn this<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a FileIO> {
    o.downcast::<FileIO>()
        .ok_or_else(|| vm.type_error("descriptor requires a '_io.FileIO' object"))
}

/// The descriptor a `FileIO` argument names, if it is an integer in range.
fn fd_of(vm: &Vm, file: &PyRef) -> PyResult<Option<i32>> {
    if file.downcast::<Float>().is_some() {
        return Ok(None);
    }
    let Some(i) = file.downcast::<Int>() else {
        return Ok(None);
    };
    match i.to_i64().and_then(|v| i32::try_from(v).ok()) {
        Some(fd) if fd < 0 => Err(vm.value_error("negative file descriptor")),
        Some(fd) => Ok(Some(fd)),
        None => Ok(None),
    }
}

struct ModeFlags {
    readable: bool,
    writable: bool,
    appending: bool,
    created: bool,
    flags: i32,
}

fn parse_mode(vm: &Vm, mode: &str) -> PyResult<ModeFlags> {
    let bad = || {
        vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        )
    };
    let mut m = ModeFlags {
        readable: false,
        writable: false,
        appending: false,
        created: false,
        flags: 0,
    };
    let (mut rwa, mut plus) = (false, false);
    for c in mode.chars() {
        match c {
            'x' | 'r' | 'w' | 'a' => {
                if rwa {
                    return Err(bad());
                }
                rwa = true;
                match c {
                    'x' => {
                        m.created = true;
                        m.writable = true;
                        m.flags |= consts::O_EXCL | consts::O_CREAT;
                    }
                    'r' => m.readable = true,
                    'w' => {
                        m.writable = true;
                        m.flags |= consts::O_CREAT | consts::O_TRUNC;
                    }
                    _ => {
                        m.writable = true;
                        m.appending = true;
                        m.flags |= consts::O_APPEND | consts::O_CREAT;
                    }
                }
            }
            'b' => {}
            '+' => {
                if plus {
                    return Err(bad());
                }
                m.readable = true;
                m.writable = true;
                plus = true;
            }
            _ => return Err(vm.value_error(format!("invalid mode: {mode}"))),
        }
    }
    if !rwa {
        return Err(bad());
    }
    m.flags |= match (m.readable, m.writable) {
        (true, true) => consts::O_RDWR,
        (true, false) => consts::O_RDONLY,
        _ => consts::O_WRONLY,
    };
    m.flags |= consts::O_CLOEXEC;
    Ok(m)
}

/// `FileIO.__init__(file, mode='r', closefd=True, opener=None)`.
fn init_file_io(
    vm: &Vm,
    zelf: &PyRef,
    file: &PyRef,
    mode: &str,
    closefd: bool,
    opener: Option<&PyRef>,
) -> PyResult<()> {
    let f = this(vm, zelf)?;
    if f.fd.get() >= 0 {
        if f.closefd.get() {
            f.internal_close(vm)?;
        } else {
            f.fd.set(-1);
        }
    }
    /// What the file argument names.
    enum Target {
        Fd(i32),
        Path(Vec<u8>),
    }
    let target = match fd_of(vm, file)? {
        Some(fd) => Target::Fd(fd),
        None => {
            let p = crate::modules::posix::path_bytes(vm, file)?;
            if p.contains(&0) {
                return Err(vm.value_error("embedded null byte"));
            }
            Target::Path(p)
        }
    };
    let m = parse_mode(vm, mode)?;
    f.readable.set(m.readable);
    f.writable.set(m.writable);
    f.appending.set(m.appending);
    f.created.set(m.created);
    f.seekable.set(-1);
    let owned = match target {
        Target::Fd(fd) => {
            f.fd.set(fd);
            f.closefd.set(closefd);
            false
        }
        Target::Path(path) => {
            if !closefd {
                return Err(vm.value_error("Cannot use closefd=False with file name"));
            }
            f.closefd.set(true);
            let fd = match opener {
                None => vm
                    .os
                    .open(&path, m.flags, 0o666)
                    .map_err(|e| os_error_with(vm, &e, Some(file.clone()), None))?,
                Some(op) => {
                    let r = vm.call(op, &[file.clone(), vm.new_int(m.flags as i64)], &[])?;
                    if r.downcast::<Int>().is_none() {
                        return Err(vm.type_error("expected integer from opener"));
                    }
                    let fd = vm.index_isize(&r, None)?;
                    if fd < 0 {
                        return Err(vm.value_error(format!("opener returned {fd}")));
                    }
                    i32::try_from(fd)
                        .map_err(|_| vm.overflow_error("fd is greater than maximum"))?
                }
            };
            f.fd.set(fd);
            true
        }
    };
    let fail = |e: PyErr| -> PyErr {
        if owned {
            let _ = f.internal_close(vm);
        } else {
            f.fd.set(-1);
        }
        e
    };
    let fd = f.fd.get();
    match vm.os.fstat(fd) {
        Ok(st) => {
            if st.st_mode & consts::S_IFMT == consts::S_IFDIR {
                let e = terrarium_os::OsError::new(errno::EISDIR);
                return Err(fail(os_error_with(vm, &e, Some(file.clone()), None)));
            }
            if st.st_blksize > 1 {
                f.blksize.set(st.st_blksize);
            }
        }
        Err(e) if e.errno() == errno::EBADF => return Err(fail(os_error(vm, &e))),
        Err(_) => {}
    }
    *f.name.borrow_mut() = Some(file.clone());
    if m.appending
        && let Err(e) = vm.os.lseek(fd, 0, consts::SEEK_END)
        && e.errno() != errno::ESPIPE
    {
        return Err(fail(os_error(vm, &e)));
    }
    Ok(())
}

/// A new `FileIO` as `open()` makes it.
pub fn new_file_io(
    vm: &Vm,
    file: &PyRef,
    mode: &str,
    closefd: bool,
    opener: Option<&PyRef>,
) -> PyResult<PyRef> {
    let o = alloc(&vm.g.io.file_io, FileIO::new());
    init_file_io(vm, &o, file, mode, closefd, opener)?;
    Ok(o)
}

/// The raw stream under `sys.stdin`, `sys.stdout` or `sys.stderr`.
pub fn std_file_io(vm: &Vm, fd: i32, writable: bool, name: PyRef) -> PyRef {
    let f = FileIO::new();
    f.fd.set(fd);
    f.readable.set(!writable);
    f.writable.set(writable);
    f.closefd.set(false);
    *f.name.borrow_mut() = Some(name);
    alloc(&vm.g.io.file_io, f)
}

fn file_io_new(_vm: &Vm, a: Args) -> PyResult {
    Ok(alloc(&a.args[0], FileIO::new()))
}

fn file_io_init(vm: &Vm, a: Args) -> PyResult {
    let [file, mode, closefd, opener] =
        a.bind(vm, "FileIO", ["file", "mode", "closefd", "opener"], 1, 1, 0)?;
    let mode = match &mode {
        None => "r".to_string(),
        Some(m) => match str_payload(m) {
            Some(s) => s.as_str().to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "FileIO() argument 'mode' must be str, not {}",
                    m.ty().name
                )));
            }
        },
    };
    let closefd = super::int_flag(vm, &closefd, true)?;
    let opener = opener.filter(|o| !vm.is_none(o));
    init_file_io(
        vm,
        a.zelf(),
        &file.expect("required"),
        &mode,
        closefd,
        opener.as_ref(),
    )?;
    Ok(vm.none())
}

fn read(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "read", 1, 0, 1)?;
    let f = this(vm, a.zelf())?;
    let n = size_arg(vm, pos.first())?;
    let mut out = Vec::new();
    let got = if n < 0 {
        f.read_all(vm, &mut out)?
    } else {
        f.read_some(vm, &mut out, n as usize)?
    };
    Ok(match got {
        Some(_) => new_bytes(vm, out),
        None => vm.none(),
    })
}

fn readall(vm: &Vm, a: Args) -> PyResult {
    let f = this(vm, a.zelf())?;
    let mut out = Vec::new();
    Ok(match f.read_all(vm, &mut out)? {
        Some(_) => new_bytes(vm, out),
        None => vm.none(),
    })
}

fn readinto(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "readinto", 1, 1, 1)?;
    let f = this(vm, a.zelf())?;
    f.check_readable(vm)?;
    let n = writable_len(vm, &pos[0], "readinto")?;
    let mut out = Vec::new();
    match f.read_some(vm, &mut out, n)? {
        Some(got) => {
            copy_into(vm, &pos[0], &out)?;
            Ok(vm.new_int(got as i64))
        }
        None => Ok(vm.none()),
    }
}

fn write(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "write", 1, 1, 1)?;
    let f = this(vm, a.zelf())?;
    f.check_writable(vm)?;
    let Some(data) = buffer(&pos[0]) else {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            pos[0].ty().name
        )));
    };
    Ok(match f.write_some(vm, &data)? {
        Some(n) => vm.new_int(n as i64),
        None => vm.none(),
    })
}

/// The offset argument of `seek`, `truncate` and `lseek`.
pub fn offset_arg(vm: &Vm, o: &PyRef) -> PyResult<i64> {
    if o.downcast::<Float>().is_some() {
        return Err(vm.type_error("an integer is required"));
    }
    let i = vm.index(o)?;
    i.downcast::<Int>()
        .and_then(Int::to_i64)
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long"))
}

fn seek(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "seek", 1, 1, 2)?;
    let f = this(vm, a.zelf())?;
    f.check_open(vm)?;
    let off = offset_arg(vm, &pos[0])?;
    let whence = match pos.get(1) {
        Some(w) => vm.index_isize(w, None)? as i32,
        None => 0,
    };
    Ok(vm.new_int(f.seek(vm, off, whence)?))
}

fn tell(vm: &Vm, a: Args) -> PyResult {
    let f = this(vm, a.zelf())?;
    Ok(vm.new_int(f.seek(vm, 0, consts::SEEK_CUR)?))
}

fn truncate(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "truncate", 1, 0, 1)?;
    let f = this(vm, a.zelf())?;
    let fd = f.check_writable(vm)?;
    let size = match pos.first().filter(|p| !vm.is_none(p)) {
        Some(p) => offset_arg(vm, p)?,
        None => f.seek(vm, 0, consts::SEEK_CUR)?,
    };
    vm.os.ftruncate(fd, size).map_err(|e| os_error(vm, &e))?;
    Ok(vm.new_int(size))
}

fn close(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let f = this(vm, zelf)?;
    if f.is_closed() {
        return Ok(vm.none());
    }
    let flushed = if zelf.type_is(&vm.g.io.file_io) {
        Ok(vm.none())
    } else {
        vm.call_method(zelf, "flush", &[])
    };
    let closed = f.internal_close(vm);
    flushed?;
    closed?;
    Ok(vm.none())
}

fn repr(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let f = this(vm, zelf)?;
    let tname = zelf.ty().name.clone();
    if f.is_closed() {
        return Ok(vm.new_str(format!("<{tname} [closed]>")));
    }
    let closefd = if f.closefd.get() { "True" } else { "False" };
    let name = match vm.getattr_str(zelf, "name") {
        Ok(n) => Some(vm.repr_string(&n)?),
        Err(e) if vm.err_matches(&e, "AttributeError") || vm.err_matches(&e, "ValueError") => None,
        Err(e) => return Err(e),
    };
    Ok(vm.new_str(match name {
        Some(n) => format!(
            "<{tname} name={n} mode='{}' closefd={closefd}>",
            f.mode_string()
        ),
        None => format!(
            "<{tname} fd={} mode='{}' closefd={closefd}>",
            f.fd.get(),
            f.mode_string()
        ),
    }))
}

fn name_get(vm: &Vm, o: &PyRef) -> PyResult {
    let f = this(vm, o)?;
    let n = f.name.borrow().clone();
    n.ok_or_else(|| vm.attribute_error(o, "name"))
}

fn name_set(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let f = this(vm, o)?;
    let old = f.name.replace(v);
    drop(old);
    Ok(())
}

pub fn fill(g: &Globals) {
    let t = &g.io.file_io;
    add_static(
        g,
        t,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        file_io_new,
    );
    add_method(
        g,
        t,
        "__init__",
        signature!("($self, /, *args, **kwargs)"),
        file_io_init,
    );
    add_method(g, t, "read", signature!("($self, size=-1, /)"), read);
    add_method(g, t, "readall", signature!("($self, /)"), readall);
    add_method(g, t, "readinto", signature!("($self, buffer, /)"), readinto);
    add_method(g, t, "write", signature!("($self, b, /)"), write);
    add_method(g, t, "seek", signature!("($self, pos, whence=0, /)"), seek);
    add_method(g, t, "tell", signature!("($self, /)"), tell);
    add_method(
        g,
        t,
        "truncate",
        signature!("($self, size=None, /)"),
        truncate,
    );
    add_method(g, t, "close", signature!("($self, /)"), close);
    add_method(g, t, "__repr__", signature!("($self, /)"), repr);
    add_method(g, t, "fileno", signature!("($self, /)"), |vm, a| {
        Ok(vm.new_int(this(vm, a.zelf())?.check_open(vm)? as i64))
    });
    add_method(g, t, "isatty", signature!("($self, /)"), |vm, a| {
        let fd = this(vm, a.zelf())?.check_open(vm)?;
        Ok(vm.bool(vm.os.isatty(fd)))
    });
    add_method(g, t, "readable", signature!("($self, /)"), |vm, a| {
        Ok(vm.bool(this(vm, a.zelf())?.readable(vm)?))
    });
    add_method(g, t, "writable", signature!("($self, /)"), |vm, a| {
        Ok(vm.bool(this(vm, a.zelf())?.writable(vm)?))
    });
    add_method(g, t, "seekable", signature!("($self, /)"), |vm, a| {
        Ok(vm.bool(this(vm, a.zelf())?.seekable(vm)?))
    });
    add_method(g, t, "__getstate__", signature!("($self, /)"), |vm, a| {
        Err(vm.type_error(format!("cannot pickle '{}' object", a.zelf().ty().name)))
    });
    add_getset(
        g,
        t,
        "closed",
        |vm, o| Ok(vm.bool(this(vm, o)?.is_closed())),
        None,
    );
    add_getset(
        g,
        t,
        "closefd",
        |vm, o| Ok(vm.bool(this(vm, o)?.closefd.get())),
        None,
    );
    add_getset(
        g,
        t,
        "mode",
        |vm, o| Ok(vm.new_str(this(vm, o)?.mode_string())),
        None,
    );
    add_getset(
        g,
        t,
        "_blksize",
        |vm, o| Ok(vm.new_int(this(vm, o)?.blksize())),
        None,
    );
    add_getset(g, t, "name", name_get, Some(name_set));
}
