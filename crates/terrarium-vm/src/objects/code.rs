//! `code`: compiled bytecode with its constants turned into objects.

use terrarium_compiler::bytecode::{CodeObject, Constant, ExceptionEntry, Instr, Location};

use crate::error::PyResult;
use crate::globals::Globals;
use crate::object::{Payload, PyRef, alloc};
use crate::objects::native::Args;
use crate::objects::{add_getset, add_method};
use crate::vm::Vm;

pub struct Code {
    pub instructions: Box<[Instr]>,
    pub locations: Box<[Location]>,
    pub exception_table: Box<[ExceptionEntry]>,
    pub consts: Box<[PyRef]>,
    pub names: Box<[PyRef]>,
    pub varnames: Box<[PyRef]>,
    pub cellvars: Box<[PyRef]>,
    pub freevars: Box<[PyRef]>,
    pub cell2arg: Box<[Option<u32>]>,
    pub name: PyRef,
    pub qualname: PyRef,
    pub filename: PyRef,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub max_stack: u32,
    /// The instructions' inline caches (see `inline_cache.rs`).
    pub caches: crate::inline_cache::Caches,
}

impl Payload for Code {}

impl Code {
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    /// Slots in a frame: locals, then cells, then free variables.
    pub fn nslots(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    pub fn line_of(&self, index: usize) -> u32 {
        self.locations
            .get(index)
            .map(|l| l.line)
            .unwrap_or(self.first_line)
    }

    /// Total positional parameters plus keyword-only ones.
    pub fn total_args(&self) -> usize {
        (self.argcount + self.kwonlyargcount) as usize
    }
}

/// Loads compiler output into a code object (constants become objects; nested
/// code objects are loaded recursively).
pub fn load_code(vm: &Vm, co: CodeObject) -> PyRef {
    let consts = co
        .constants
        .into_iter()
        .map(|c| load_const(vm, c))
        .collect();
    let intern_all = |v: Vec<String>| -> Box<[PyRef]> { v.iter().map(|s| vm.intern(s)).collect() };
    let caches = crate::inline_cache::caches_for(&co.instructions);
    let code = Code {
        caches,
        instructions: co.instructions.into_boxed_slice(),
        locations: co.locations.into_boxed_slice(),
        exception_table: co.exception_table.into_boxed_slice(),
        consts,
        names: intern_all(co.names),
        varnames: intern_all(co.varnames),
        cellvars: intern_all(co.cellvars),
        freevars: intern_all(co.freevars),
        cell2arg: co.cell2arg.into_boxed_slice(),
        name: vm.intern(&co.name),
        qualname: vm.intern(&co.qualname),
        filename: vm.intern(&co.filename),
        first_line: co.first_line,
        argcount: co.argcount,
        posonlyargcount: co.posonlyargcount,
        kwonlyargcount: co.kwonlyargcount,
        flags: co.flags,
        max_stack: co.max_stack,
    };
    alloc(&vm.g.code, code)
}

fn load_const(vm: &Vm, c: Constant) -> PyRef {
    match c {
        Constant::None => vm.none(),
        Constant::Bool(b) => vm.bool(b),
        Constant::Int(i) => crate::objects::int::new_bigint(vm, i),
        Constant::Float(f) => vm.new_float(f),
        Constant::Complex { re, im } => crate::objects::complex::new_complex(vm, re, im),
        Constant::Str(s) => {
            if s.len() < 40 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                vm.intern(&s)
            } else {
                vm.new_str(s)
            }
        }
        Constant::Bytes(b) => crate::objects::bytes::new_bytes(vm, b),
        Constant::Tuple(items) => {
            let v = items.into_iter().map(|c| load_const(vm, c)).collect();
            vm.new_tuple(v)
        }
        Constant::FrozenSet(items) => {
            let v = items.into_iter().map(|c| load_const(vm, c)).collect();
            // CPython's compiler rebuilds every frozenset constant when it
            // merges constants, inserting the items again in the first
            // set's iteration order; the layout (and so the iteration order
            // of sets built from it) follows from that.
            let first = crate::objects::set::new_frozenset(vm, v);
            first
                .and_then(|f| vm.to_vec(&f))
                .and_then(|v| crate::objects::set::new_frozenset(vm, v))
                .unwrap_or_else(|_| vm.none())
        }
        Constant::Ellipsis => vm.g.ellipsis.clone(),
        Constant::Code(co) => load_code(vm, *co),
    }
}

fn code(o: &PyRef) -> &Code {
    o.downcast::<Code>().expect("code")
}

fn tuple_of(vm: &Vm, v: &[PyRef]) -> PyResult {
    Ok(vm.new_tuple(v.to_vec()))
}

/// `co_lines()`: (start, end, line) over byte offsets, two bytes an
/// instruction as in CPython.
fn co_lines(vm: &Vm, a: Args) -> PyResult {
    let c = code(a.zelf());
    let mut out: Vec<PyRef> = Vec::new();
    let mut start = 0usize;
    for i in 1..=c.locations.len() {
        let same = i < c.locations.len() && c.locations[i].line == c.locations[start].line;
        if !same {
            let line = c.locations[start].line;
            let l = if line == 0 {
                vm.none()
            } else {
                vm.new_int(line as i64)
            };
            out.push(vm.new_tuple(vec![
                vm.new_int(2 * start as i64),
                vm.new_int(2 * i as i64),
                l,
            ]));
            start = i;
        }
    }
    let list = vm.new_list(out);
    vm.iter(&list)
}

fn co_positions(vm: &Vm, a: Args) -> PyResult {
    let c = code(a.zelf());
    let none = vm.none();
    let opt = |x: u32, ok: bool| {
        if ok {
            vm.new_int(x as i64)
        } else {
            none.clone()
        }
    };
    let out: Vec<PyRef> = c
        .locations
        .iter()
        .map(|l| {
            let ok = l.line != 0;
            vm.new_tuple(vec![
                opt(l.line, ok),
                opt(l.end_line, ok),
                opt(l.col, ok),
                opt(l.end_col, ok),
            ])
        })
        .collect();
    let list = vm.new_list(out);
    vm.iter(&list)
}

fn code_repr(vm: &Vm, a: Args) -> PyResult {
    let c = code(a.zelf());
    Ok(vm.new_str(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        crate::objects::str::as_str(&c.name),
        a.zelf().id(),
        crate::objects::str::as_str(&c.filename),
        c.first_line
    )))
}

pub fn fill(g: &Globals) {
    let t = &g.code;
    add_method(g, t, "__repr__", signature!("($self, /)"), code_repr);
    add_method(g, t, "co_lines", signature!(hidden "($self, /)"), co_lines);
    add_method(
        g,
        t,
        "co_positions",
        signature!(hidden "($self, /)"),
        co_positions,
    );
    add_getset(g, t, "co_name", |_vm, o| Ok(code(o).name.clone()), None);
    add_getset(
        g,
        t,
        "co_qualname",
        |_vm, o| Ok(code(o).qualname.clone()),
        None,
    );
    add_getset(
        g,
        t,
        "co_filename",
        |_vm, o| Ok(code(o).filename.clone()),
        None,
    );
    add_getset(
        g,
        t,
        "co_firstlineno",
        |vm, o| Ok(vm.new_int(code(o).first_line as i64)),
        None,
    );
    add_getset(
        g,
        t,
        "co_argcount",
        |vm, o| Ok(vm.new_int(code(o).argcount as i64)),
        None,
    );
    add_getset(
        g,
        t,
        "co_posonlyargcount",
        |vm, o| Ok(vm.new_int(code(o).posonlyargcount as i64)),
        None,
    );
    add_getset(
        g,
        t,
        "co_kwonlyargcount",
        |vm, o| Ok(vm.new_int(code(o).kwonlyargcount as i64)),
        None,
    );
    add_getset(
        g,
        t,
        "co_nlocals",
        |vm, o| Ok(vm.new_int(code(o).varnames.len() as i64)),
        None,
    );
    add_getset(
        g,
        t,
        "co_flags",
        |vm, o| Ok(vm.new_int(code(o).flags as i64)),
        None,
    );
    add_getset(
        g,
        t,
        "co_stacksize",
        |vm, o| Ok(vm.new_int(code(o).max_stack as i64)),
        None,
    );
    add_getset(
        g,
        t,
        "co_varnames",
        |vm, o| tuple_of(vm, &code(o).varnames),
        None,
    );
    add_getset(
        g,
        t,
        "co_cellvars",
        |vm, o| tuple_of(vm, &code(o).cellvars),
        None,
    );
    add_getset(
        g,
        t,
        "co_freevars",
        |vm, o| tuple_of(vm, &code(o).freevars),
        None,
    );
    add_getset(g, t, "co_names", |vm, o| tuple_of(vm, &code(o).names), None);
    add_getset(
        g,
        t,
        "co_consts",
        |vm, o| tuple_of(vm, &code(o).consts),
        None,
    );
}
