//! `_io.StringIO`: a text stream over an in-memory string (CPython's
//! `stringio.c`). Positions count code points, so the text is kept as a
//! vector of them.

use std::cell::RefCell;

use super::size_arg;
use super::textio::{
    LineEndings, NlState, check_newline, find_line_ending, line_endings, newlines_obj,
};
use crate::error::PyResult;
use crate::globals::Globals;
use crate::memory::Reserve;
use crate::object::{Payload, PyRef, alloc};
use crate::objects::native::Args;
use crate::objects::object::instance_dict;
use crate::objects::str::str_payload;
use crate::objects::tuple::Tuple;
use crate::objects::{add_getset, add_method, add_static};
use crate::vm::Vm;

#[derive(Default)]
struct State {
    ok: bool,
    closed: bool,
    buf: Vec<char>,
    pos: usize,
    newline: Option<String>,
    endings: Option<LineEndings>,
    /// Newline handling on writes (newline=None or '').
    nl: Option<NlState>,
    writenl: Option<&'static str>,
}

pub struct StringIO {
    st: RefCell<State>,
}

impl Payload for StringIO {}

fn this<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a StringIO> {
    o.downcast::<StringIO>()
        .ok_or_else(|| vm.type_error("descriptor requires a '_io.StringIO' object"))
}

/// The payload of an initialised, open StringIO.
fn open<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a StringIO> {
    let s = this(vm, o)?;
    let st = s.st.borrow();
    if !st.ok {
        return Err(vm.value_error("I/O operation on uninitialized object"));
    }
    if st.closed {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    Ok(s)
}

impl State {
    fn write(&mut self, vm: &Vm, text: &str) -> PyResult<()> {
        let mut decoded = text.to_string();
        if let Some(nl) = &mut self.nl {
            let translate = self.endings.as_ref().is_some_and(|e| e.translated);
            decoded = nl.decode(decoded, true, translate);
        }
        if let Some(w) = self.writenl {
            decoded = decoded.replace('\n', w);
        }
        let chars: Vec<char> = decoded.chars().collect();
        if chars.is_empty() {
            return Ok(());
        }
        let end = self.pos + chars.len();
        if end > self.buf.len() {
            self.buf.reserve_or_raise(vm, end - self.buf.len())?;
            self.buf.resize(end, '\0');
        }
        self.buf[self.pos..end].copy_from_slice(&chars);
        self.pos = end;
        Ok(())
    }

    fn readline(&mut self, limit: isize) -> String {
        let start = self.pos.min(self.buf.len());
        let mut end = self.buf.len();
        if limit >= 0 {
            end = end.min(start.saturating_add(limit as usize));
        }
        let endings = self
            .endings
            .clone()
            .unwrap_or_else(|| line_endings(Some("\n")));
        let stop = match find_line_ending(&self.buf[start..end], &endings, |c| c) {
            Ok(i) => start + i,
            Err(_) => end,
        };
        self.pos = stop.max(self.pos);
        self.buf[start..stop].iter().collect()
    }
}

fn init(vm: &Vm, a: Args) -> PyResult {
    let [value, newline] = a.bind(vm, "StringIO", ["initial_value", "newline"], 1, 0, 0)?;
    let s = this(vm, a.zelf())?;
    let newline = match &newline {
        None => Some("\n".to_string()),
        Some(n) if vm.is_none(n) => None,
        Some(n) => match str_payload(n) {
            Some(t) => Some(t.as_str().to_string()),
            None => {
                return Err(
                    vm.type_error(format!("newline must be str or None, not {}", n.ty().name))
                );
            }
        },
    };
    check_newline(vm, newline.as_deref(), true)?;
    let value = match &value {
        None => String::new(),
        Some(v) if vm.is_none(v) => String::new(),
        Some(v) => match str_payload(v) {
            Some(t) => t.as_str().to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "initial_value must be str or None, not {}",
                    v.ty().name
                )));
            }
        },
    };
    let endings = line_endings(newline.as_deref());
    let mut st = State {
        ok: true,
        nl: endings.universal.then(NlState::default),
        writenl: match newline.as_deref() {
            Some("\r") => Some("\r"),
            Some("\r\n") => Some("\r\n"),
            _ => None,
        },
        endings: Some(endings),
        newline,
        ..State::default()
    };
    st.write(vm, &value)?;
    st.pos = 0;
    *s.st.borrow_mut() = st;
    Ok(vm.none())
}

fn write(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "write", 1, 1, 1)?;
    let s = open(vm, a.zelf())?;
    let Some(text) = str_payload(&pos[0]) else {
        return Err(vm.type_error(format!(
            "string argument expected, got '{}'",
            pos[0].ty().name
        )));
    };
    s.st.borrow_mut().write(vm, text.as_str())?;
    Ok(vm.new_int(text.char_len() as i64))
}

fn read(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "read", 1, 0, 1)?;
    let s = open(vm, a.zelf())?;
    let n = size_arg(vm, pos.first())?;
    let mut st = s.st.borrow_mut();
    let start = st.pos.min(st.buf.len());
    let end = if n < 0 {
        st.buf.len()
    } else {
        start.saturating_add(n as usize).min(st.buf.len())
    };
    let out: String = st.buf[start..end].iter().collect();
    st.pos = end.max(st.pos);
    Ok(vm.new_str(out))
}

fn readline(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "readline", 1, 0, 1)?;
    let s = open(vm, a.zelf())?;
    let n = size_arg(vm, pos.first())?;
    let line = s.st.borrow_mut().readline(n);
    Ok(vm.new_str(line))
}

fn next(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let line = if zelf.type_is(&vm.g.io.string_io) {
        let s = open(vm, zelf)?;
        let l = s.st.borrow_mut().readline(-1);
        vm.new_str(l)
    } else {
        open(vm, zelf)?;
        let l = vm.call_method(zelf, "readline", &[])?;
        if str_payload(&l).is_none() {
            return Err(vm.new_exc(
                "OSError",
                format!(
                    "readline() should have returned a str object, not '{}'",
                    l.ty().name
                ),
            ));
        }
        l
    };
    if crate::objects::str::as_str(&line).is_empty() {
        return Err(vm.stop_iteration(None));
    }
    Ok(line)
}

fn seek(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "seek", 1, 1, 2)?;
    let s = open(vm, a.zelf())?;
    let target = vm.index_isize(&pos[0], None)?;
    let whence = match pos.get(1) {
        Some(w) => vm.index_isize(w, None)?,
        None => 0,
    };
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)")));
    }
    if target < 0 && whence == 0 {
        return Err(vm.value_error(format!("Negative seek position {target}")));
    }
    if whence != 0 && target != 0 {
        return Err(vm.new_exc("OSError", "Can't do nonzero cur-relative seeks"));
    }
    let mut st = s.st.borrow_mut();
    st.pos = match whence {
        0 => target as usize,
        1 => st.pos,
        _ => st.buf.len(),
    };
    Ok(vm.new_int(st.pos as i64))
}

fn truncate(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "truncate", 1, 0, 1)?;
    let s = open(vm, a.zelf())?;
    let size = match pos.first().filter(|p| !vm.is_none(p)) {
        Some(p) => vm.index_isize(p, None)?,
        None => s.st.borrow().pos as isize,
    };
    if size < 0 {
        return Err(vm.value_error(format!("Negative size value {size}")));
    }
    let mut st = s.st.borrow_mut();
    if (size as usize) < st.buf.len() {
        st.buf.truncate(size as usize);
    }
    Ok(vm.new_int(size as i64))
}

fn getstate(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let s = open(vm, zelf)?;
    let st = s.st.borrow();
    let value = vm.new_str(st.buf.iter().collect::<String>());
    let nl = st
        .newline
        .clone()
        .map(|n| vm.new_str(n))
        .unwrap_or_else(|| vm.none());
    let pos = vm.new_int(st.pos as i64);
    drop(st);
    let dict = super::iobase::dict_state(vm, zelf)?;
    Ok(vm.new_tuple(vec![value, nl, pos, dict]))
}

fn setstate(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "__setstate__", 1, 1, 1)?;
    let zelf = a.zelf();
    let items = match pos[0].downcast::<Tuple>() {
        Some(t) if t.len() >= 4 => t.items().to_vec(),
        _ => {
            return Err(vm.type_error(format!(
                "{}.__setstate__ argument should be 4-tuple, got {}",
                zelf.ty().name,
                pos[0].ty().name
            )));
        }
    };
    let kw = [vm.intern("newline")];
    let init_args = [zelf.clone(), vm.none(), items[1].clone()];
    init(
        vm,
        Args {
            args: &init_args,
            kwnames: &kw,
        },
    )?;
    let s = this(vm, zelf)?;
    let Some(value) = str_payload(&items[0]) else {
        return Err(vm.type_error("initial value must be str"));
    };
    let p = vm.index_isize(&items[2], None)?;
    if p < 0 {
        return Err(vm.value_error("position value cannot be negative"));
    }
    {
        let mut st = s.st.borrow_mut();
        st.buf = value.as_str().chars().collect();
        st.pos = p as usize;
    }
    if !vm.is_none(&items[3])
        && let Some(d) = instance_dict(zelf)
    {
        vm.call_method(&d, "update", &[items[3].clone()])?;
    }
    Ok(vm.none())
}

fn closed(vm: &Vm, o: &PyRef) -> PyResult {
    let s = this(vm, o)?;
    let st = s.st.borrow();
    if !st.ok {
        return Err(vm.value_error("I/O operation on uninitialized object"));
    }
    Ok(vm.bool(st.closed))
}

pub fn fill(g: &Globals) {
    let t = &g.io.string_io;
    add_static(
        g,
        t,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        |_vm, a| {
            Ok(alloc(
                &a.args[0],
                StringIO {
                    st: RefCell::new(State::default()),
                },
            ))
        },
    );
    add_method(
        g,
        t,
        "__init__",
        signature!("($self, /, *args, **kwargs)"),
        init,
    );
    add_method(g, t, "getvalue", signature!("($self, /)"), |vm, a| {
        let s = open(vm, a.zelf())?;
        let v: String = s.st.borrow().buf.iter().collect();
        Ok(vm.new_str(v))
    });
    add_method(g, t, "write", signature!("($self, s, /)"), write);
    add_method(g, t, "read", signature!("($self, size=-1, /)"), read);
    add_method(
        g,
        t,
        "readline",
        signature!("($self, size=-1, /)"),
        readline,
    );
    add_method(g, t, "__next__", signature!("($self, /)"), next);
    add_method(g, t, "seek", signature!("($self, pos, whence=0, /)"), seek);
    add_method(g, t, "tell", signature!("($self, /)"), |vm, a| {
        Ok(vm.new_int(open(vm, a.zelf())?.st.borrow().pos as i64))
    });
    add_method(
        g,
        t,
        "truncate",
        signature!("($self, pos=None, /)"),
        truncate,
    );
    add_method(g, t, "close", signature!("($self, /)"), |vm, a| {
        let s = this(vm, a.zelf())?;
        let mut st = s.st.borrow_mut();
        st.closed = true;
        st.buf = Vec::new();
        Ok(vm.none())
    });
    add_method(g, t, "readable", signature!("($self, /)"), |vm, a| {
        open(vm, a.zelf()).map(|_| vm.bool(true))
    });
    add_method(g, t, "writable", signature!("($self, /)"), |vm, a| {
        open(vm, a.zelf()).map(|_| vm.bool(true))
    });
    add_method(g, t, "seekable", signature!("($self, /)"), |vm, a| {
        open(vm, a.zelf()).map(|_| vm.bool(true))
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
    add_getset(g, t, "closed", closed, None);
    add_getset(
        g,
        t,
        "line_buffering",
        |vm, o| open(vm, o).map(|_| vm.bool(false)),
        None,
    );
    add_getset(
        g,
        t,
        "newlines",
        |vm, o| {
            let s = open(vm, o)?;
            let seen = s.st.borrow().nl.map(|n| n.seennl);
            Ok(seen
                .map(|n| newlines_obj(vm, n))
                .unwrap_or_else(|| vm.none()))
        },
        None,
    );
}
