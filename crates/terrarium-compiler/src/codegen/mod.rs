//! Code generation: AST plus symbol table to code objects.
//!
//! Instructions are emitted straight into a flat list per code unit. Jumps
//! name labels, resolved when the unit is finished. Exception handling uses
//! no block instructions: the compiler keeps a stack of active handlers and
//! tags every instruction with the innermost one at emission time; runs of
//! equal tags become the exception table. The stack depth is tracked at
//! emission time, and code that cannot be reached (after a jump, return or
//! raise, until a label something jumps to) is not emitted at all.
//!
//! When a unit is finished, `Nop`s whose line a neighbour already carries
//! are dropped, the constants after the last one still loaded are trimmed
//! (as CPython 3.11 does), and labels become instruction indices.

mod expr;
mod fold;
mod pattern;
mod stmt;

use std::cell::RefCell;
use std::collections::HashMap;

use num_bigint::BigInt;
use ruff_python_ast::{Mod, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::bytecode::{CodeObject, Constant, ExceptionEntry, Instr, Location, code_flags};
use crate::error::{CResult, CompileError, CompileErrorKind, MAX_NESTING, RECURSION_MESSAGE};
use crate::flow::{is_terminal, jump_target, retarget, stack_effect};
use crate::source::SourceIndex;
use crate::symtable::{DEF_FREE_CLASS, NameScope, ScopeId, ScopeKind, SymbolTable, mangle};
use crate::{CompileOptions, Mode};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(u32);

struct LabelInfo {
    pos: Option<u32>,
    /// Stack depth on arrival, once something jumps here.
    depth: Option<u32>,
}

#[derive(Clone, Copy)]
struct Handler {
    target: Label,
    depth: u32,
    lasti: bool,
}

/// Compile-time block the `return`/`break`/`continue` unwinding must clean
/// up (CPython's fblocks).
#[derive(Clone, Copy)]
enum FBlockKind<'a> {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    /// `for` and `async for`: the iterator is on the stack.
    ForLoop {
        start: Label,
        exit: Label,
    },
    TryExcept,
    FinallyTry {
        body: &'a [Stmt],
    },
    /// The exceptional `finally` path: `[prev_exc, exc]` on the stack.
    FinallyEnd,
    With {
        is_async: bool,
    },
    /// An `except` body: `[prev_exc]` on the stack.
    HandlerCleanup {
        name: Option<&'a str>,
    },
    /// A return value kept on the stack while a `finally` body runs.
    PopValue,
    ExceptionGroupHandler,
}

#[derive(Clone, Copy)]
struct FBlock<'a> {
    kind: FBlockKind<'a>,
    /// Active handlers outside this block: unwinding it runs with only
    /// these.
    handler_len: usize,
    loc: Location,
}

/// Key under which equal constants share one slot (floats by bits, so
/// `0.0` and `-0.0` stay apart, as in CPython).
#[derive(PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
    Ellipsis,
}

/// The sharing key of a constant; code objects have none (they are
/// compared whole, as CPython's constant cache merges equal ones).
fn const_key(c: &Constant) -> Option<ConstKey> {
    Some(match c {
        Constant::None => ConstKey::None,
        Constant::Bool(b) => ConstKey::Bool(*b),
        Constant::Int(i) => ConstKey::Int(i.clone()),
        Constant::Float(f) => ConstKey::Float(f.to_bits()),
        Constant::Complex { re, im } => ConstKey::Complex(re.to_bits(), im.to_bits()),
        Constant::Str(s) => ConstKey::Str(s.clone()),
        Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
        Constant::Tuple(t) => ConstKey::Tuple(t.iter().map(const_key).collect::<Option<_>>()?),
        Constant::FrozenSet(t) => {
            ConstKey::FrozenSet(t.iter().map(const_key).collect::<Option<_>>()?)
        }
        Constant::Ellipsis => ConstKey::Ellipsis,
        Constant::Code(_) => return None,
    })
}

/// Table of unique names (`co_names`, `co_varnames`).
#[derive(Default)]
struct NameTable {
    list: Vec<String>,
    index: HashMap<String, u32>,
}

impl NameTable {
    fn add(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.list.len() as u32;
        self.list.push(name.to_string());
        self.index.insert(name.to_string(), i);
        i
    }
}

/// One code object under construction.
struct Unit<'a> {
    scope: ScopeId,
    kind: ScopeKind,
    name: String,
    qualname: String,
    first_line: u32,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    /// Class name for private name mangling.
    private: Option<String>,
    instrs: Vec<Instr>,
    locs: Vec<Location>,
    handler_at: Vec<Option<usize>>,
    handlers: Vec<Handler>,
    active: Vec<usize>,
    labels: Vec<LabelInfo>,
    depth: u32,
    max_depth: u32,
    reachable: bool,
    consts: Vec<Constant>,
    const_index: HashMap<ConstKey, u32>,
    /// Constant tuples folded from `BuildTuple` of constants: CPython's
    /// peephole pass appends them after the other constants.
    folded: Vec<(usize, Constant)>,
    names: NameTable,
    varnames: NameTable,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    fblocks: Vec<FBlock<'a>>,
    loc: Location,
}

pub(crate) struct Compiler<'a> {
    table: &'a SymbolTable,
    index: &'a SourceIndex<'a>,
    filename: String,
    optimize: u8,
    future_annotations: bool,
    interactive: bool,
    units: Vec<Unit<'a>>,
    nesting: u32,
    /// Folded values of operator nodes, by node address.
    fold_cache: RefCell<HashMap<usize, Option<Constant>>>,
}

pub(crate) fn compile_module(
    module: &Mod,
    table: &SymbolTable,
    index: &SourceIndex,
    options: &CompileOptions,
    future_annotations: bool,
) -> CResult<CodeObject> {
    let mut c = Compiler {
        table,
        index,
        filename: options.filename.clone(),
        optimize: options.optimize,
        future_annotations,
        interactive: options.mode == Mode::Single,
        units: Vec::new(),
        nesting: 0,
        fold_cache: RefCell::new(HashMap::new()),
    };
    c.enter_unit(0, "<module>".into(), 1, None);
    match module {
        Mod::Module(m) => {
            // Module-level setup is located at the first statement.
            c.unit().loc = match m.body.first() {
                Some(first) => c.location(first.range()),
                None => Location {
                    line: 1,
                    end_line: 1,
                    col: 0,
                    end_col: 0,
                },
            };
            if c.interactive {
                c.check_future_imports(&m.body)?;
                if stmt::find_annotations(&m.body) {
                    c.emit(Instr::SetupAnnotations);
                }
                for s in &m.body {
                    c.visit_stmt(s)?;
                }
            } else {
                c.compile_body(&m.body)?;
            }
            c.return_none();
        }
        Mod::Expression(e) => {
            c.visit_expr(&e.body)?;
            c.emit(Instr::ReturnValue);
        }
    }
    Ok(c.leave_unit())
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().unwrap()
    }

    fn scope_kind(&self) -> ScopeKind {
        self.unit_ref().kind
    }

    fn error(&self, message: impl Into<String>) -> CompileError {
        CompileError::at_bytes(
            CompileErrorKind::Syntax,
            message,
            self.unit_ref().loc,
            self.index,
        )
    }

    fn error_at(&self, message: impl Into<String>, range: TextRange) -> CompileError {
        CompileError::at_bytes(
            CompileErrorKind::Syntax,
            message,
            self.index.location(range),
            self.index,
        )
    }

    fn location(&self, range: TextRange) -> Location {
        self.index.location(range)
    }

    /// Sets the location of the instructions emitted next; returns the old
    /// one for `restore_loc`.
    fn set_loc(&mut self, range: TextRange) -> Location {
        let loc = self.location(range);
        std::mem::replace(&mut self.unit().loc, loc)
    }

    fn restore_loc(&mut self, loc: Location) {
        self.unit().loc = loc;
    }

    /// Runs `f` one level deeper in the AST, on a fresh stack segment when
    /// the current one runs low, failing like CPython past its limit.
    fn nest<T>(&mut self, range: TextRange, f: impl FnOnce(&mut Self) -> CResult<T>) -> CResult<T> {
        self.nesting += 1;
        if self.nesting > MAX_NESTING {
            return Err(CompileError::at_bytes(
                CompileErrorKind::Recursion,
                RECURSION_MESSAGE,
                self.location(range),
                self.index,
            ));
        }
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || f(self));
        self.nesting -= 1;
        r
    }

    // ----- units -------------------------------------------------------

    fn enter_unit(
        &mut self,
        scope: ScopeId,
        name: String,
        first_line: u32,
        private: Option<String>,
    ) {
        let s = &self.table.scopes[scope];
        let mut cellvars: Vec<String> = s
            .symbols
            .iter()
            .filter(|(_, sym)| sym.scope == NameScope::Cell)
            .map(|(n, _)| n.clone())
            .collect();
        cellvars.sort();
        if s.needs_class_closure {
            cellvars.insert(0, "__class__".into());
        }
        // Cells that are arguments come first, in argument order, as in
        // CPython 3.11's co_cellvars; then the others, sorted.
        cellvars.sort_by_key(|c| {
            (
                s.params.iter().position(|p| p == c).unwrap_or(usize::MAX),
                c.clone(),
            )
        });
        let mut freevars: Vec<String> = s
            .symbols
            .iter()
            .filter(|(_, sym)| sym.scope == NameScope::Free || sym.flags & DEF_FREE_CLASS != 0)
            .map(|(n, _)| n.clone())
            .collect();
        freevars.sort();
        let mut varnames = NameTable::default();
        for p in &s.params {
            varnames.add(p);
        }
        let qualname = self.qualname_for(scope, &name);
        let loc = self.units.last().map(|u| u.loc).unwrap_or_default();
        self.units.push(Unit {
            scope,
            kind: s.kind,
            name,
            qualname,
            first_line,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            private,
            instrs: Vec::new(),
            locs: Vec::new(),
            handler_at: Vec::new(),
            handlers: Vec::new(),
            active: Vec::new(),
            labels: Vec::new(),
            depth: 0,
            max_depth: 0,
            reachable: true,
            consts: Vec::new(),
            const_index: HashMap::new(),
            folded: Vec::new(),
            names: NameTable::default(),
            varnames,
            cellvars,
            freevars,
            fblocks: Vec::new(),
            loc,
        });
    }

    /// CPython's `compiler_set_qualname`.
    fn qualname_for(&self, scope: ScopeId, name: &str) -> String {
        let Some(parent) = self.units.last() else {
            return name.to_string();
        };
        if parent.kind == ScopeKind::Module {
            return name.to_string();
        }
        let kind = self.table.scopes[scope].kind;
        if matches!(kind, ScopeKind::Function | ScopeKind::Class) {
            let mangled = mangle(parent.private.as_deref(), name);
            if self.table.scopes[parent.scope].scope_of(&mangled) == Some(NameScope::GlobalExplicit)
            {
                return name.to_string();
            }
        }
        if matches!(parent.kind, ScopeKind::Function | ScopeKind::Lambda) {
            format!("{}.<locals>.{name}", parent.qualname)
        } else {
            format!("{}.{name}", parent.qualname)
        }
    }

    fn leave_unit(&mut self) -> CodeObject {
        let u = self.units.pop().unwrap();
        let scope = &self.table.scopes[u.scope];
        let mut flags = 0;
        if scope.kind.is_function_like() {
            flags |= code_flags::OPTIMIZED | code_flags::NEWLOCALS;
            if scope.nested {
                flags |= code_flags::NESTED;
            }
            flags |= match (scope.is_generator, scope.is_coroutine) {
                (true, false) => code_flags::GENERATOR,
                (false, true) => code_flags::COROUTINE,
                (true, true) => code_flags::ASYNC_GENERATOR,
                (false, false) => 0,
            };
            if scope.has_varargs {
                flags |= code_flags::VARARGS;
            }
            if scope.has_varkw {
                flags |= code_flags::VARKEYWORDS;
            }
        }
        if self.future_annotations {
            flags |= code_flags::FUTURE_ANNOTATIONS;
        }
        let mut u = u;
        for (pos, tuple) in std::mem::take(&mut u.folded) {
            let k = u.add_const(tuple);
            u.instrs[pos] = Instr::LoadConst(k);
        }
        u.remove_redundant_nops();
        // As CPython 3.11 does, drop the constants after the last one used
        // (only dead code used them); the first always stays.
        let last_used = u
            .instrs
            .iter()
            .filter_map(|i| match i {
                Instr::LoadConst(k) => Some(*k as usize),
                _ => None,
            })
            .max()
            .unwrap_or(0);
        let mut constants = u.consts;
        constants.truncate(last_used + 1);
        let instructions: Vec<Instr> = u
            .instrs
            .iter()
            .map(|&i| match jump_target(i) {
                Some(label) => retarget(i, u.labels[label as usize].pos.expect("unbound label")),
                None => i,
            })
            .collect();
        let mut exception_table: Vec<ExceptionEntry> = Vec::new();
        for (pos, h) in u.handler_at.iter().enumerate() {
            let Some(h) = *h else { continue };
            let handler = u.handlers[h];
            let target = u.labels[handler.target.0 as usize]
                .pos
                .expect("unbound handler");
            let pos = pos as u32;
            match exception_table.last_mut() {
                Some(e)
                    if e.end == pos
                        && e.target == target
                        && e.depth == handler.depth
                        && e.lasti == handler.lasti =>
                {
                    e.end = pos + 1
                }
                _ => exception_table.push(ExceptionEntry {
                    start: pos,
                    end: pos + 1,
                    target,
                    depth: handler.depth,
                    lasti: handler.lasti,
                }),
            }
        }
        let cell2arg = u
            .cellvars
            .iter()
            .map(|c| scope.params.iter().position(|p| p == c).map(|i| i as u32))
            .collect();
        CodeObject {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            first_line: u.first_line,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags,
            instructions,
            locations: u.locs,
            constants,
            names: u.names.list,
            varnames: u.varnames.list,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell2arg,
            exception_table,
            max_stack: u.max_depth,
        }
    }

    // ----- emission ----------------------------------------------------

    fn emit(&mut self, i: Instr) {
        let u = self.unit();
        if !u.reachable {
            return;
        }
        let before = u.depth as i32;
        if let Some(label) = jump_target(i) {
            let depth = (before + stack_effect(i, true)) as u32;
            u.arrive(Label(label), depth);
        }
        let after = before + stack_effect(i, false);
        debug_assert!(after >= 0, "stack underflow emitting {i:?}");
        let handler = u.active.last().copied();
        if let Some(h) = handler {
            // A handler's code is reachable once it covers an instruction.
            let Handler {
                target,
                depth,
                lasti,
            } = u.handlers[h];
            u.arrive(target, depth + lasti as u32 + 1);
        }
        u.instrs.push(i);
        u.locs.push(u.loc);
        u.handler_at.push(handler);
        u.depth = after.max(0) as u32;
        u.max_depth = u.max_depth.max(u.depth);
        if is_terminal(i) {
            u.reachable = false;
        }
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(LabelInfo {
            pos: None,
            depth: None,
        });
        Label(u.labels.len() as u32 - 1)
    }

    fn bind(&mut self, label: Label) {
        let u = self.unit();
        let pos = u.instrs.len() as u32;
        let info = &mut u.labels[label.0 as usize];
        debug_assert!(info.pos.is_none(), "label bound twice");
        info.pos = Some(pos);
        if u.reachable {
            let depth = u.depth;
            u.arrive(label, depth);
        } else if let Some(depth) = u.labels[label.0 as usize].depth {
            u.reachable = true;
            u.depth = depth;
            u.max_depth = u.max_depth.max(depth);
        }
    }

    /// Emits a jump-like instruction built from a label.
    fn jump(&mut self, make: fn(u32) -> Instr, label: Label) {
        self.emit(make(label.0));
    }

    /// Makes `target` the handler for instructions emitted from now on.
    fn push_handler(&mut self, target: Label, lasti: bool) -> usize {
        let depth = self.unit_ref().depth;
        self.push_handler_at(target, lasti, depth)
    }

    /// A handler that cuts the stack to `depth`, below the current depth.
    fn push_handler_at(&mut self, target: Label, lasti: bool, depth: u32) -> usize {
        let u = self.unit();
        u.handlers.push(Handler {
            target,
            depth,
            lasti,
        });
        let id = u.handlers.len() - 1;
        u.active.push(id);
        id
    }

    fn pop_handler(&mut self) {
        self.unit().active.pop();
    }

    /// Re-activates a handler after emitting code it must not cover.
    fn resume_handler(&mut self, id: usize) {
        self.unit().active.push(id);
    }

    fn push_fblock(&mut self, kind: FBlockKind<'a>, handler_len: usize) {
        let loc = self.unit_ref().loc;
        self.unit().fblocks.push(FBlock {
            kind,
            handler_len,
            loc,
        });
    }

    fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    fn handler_len(&self) -> usize {
        self.unit_ref().active.len()
    }

    fn add_const(&mut self, c: Constant) -> u32 {
        self.unit().add_const(c)
    }

    /// Loads a tuple of constants the way CPython's peephole pass leaves
    /// a `BuildTuple` of them: the items are registered first, the tuple
    /// itself goes after all other constants.
    fn load_folded_tuple(&mut self, items: Vec<Constant>, ranges: &[TextRange]) {
        for item in &items {
            self.add_const(item.clone());
        }
        // The item loads folded away leave their lines behind as Nops.
        for &range in ranges {
            let old = self.set_loc(range);
            self.emit(Instr::Nop);
            self.restore_loc(old);
        }
        let u = self.unit();
        if u.reachable {
            u.folded.push((u.instrs.len(), Constant::Tuple(items)));
        }
        self.emit(Instr::LoadConst(0));
    }

    fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    fn add_name(&mut self, name: &str) -> u32 {
        let mangled = mangle(self.unit_ref().private.as_deref(), name).into_owned();
        self.unit().names.add(&mangled)
    }

    /// The implicit `return None` at the end of a body, located like the
    /// instruction before it (CPython propagates that line to it).
    fn return_none(&mut self) {
        if self.unit_ref().reachable {
            let loc = self.unit_ref().locs.last().copied();
            let old = self.unit_ref().loc;
            if let Some(loc) = loc {
                self.unit().loc = loc;
            }
            self.load_const(Constant::None);
            self.emit(Instr::ReturnValue);
            self.restore_loc(old);
        }
    }

    /// `yield from`/`await` delegation: `[receiver, value] -> [result]`.
    fn emit_send_loop(&mut self) {
        let start = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.jump(Instr::Send, exit);
        self.emit(Instr::YieldValue);
        self.jump(Instr::Jump, start);
        self.bind(exit);
    }

    fn emit_await(&mut self, kind: u32) {
        self.emit(Instr::GetAwaitable(kind));
        self.load_const(Constant::None);
        self.emit_send_loop();
    }

    // ----- names -------------------------------------------------------

    fn name_op(&mut self, name: &str, ctx: NameCtx) -> CResult<()> {
        if name == "__debug__" {
            match ctx {
                NameCtx::Store => return Err(self.error("cannot assign to __debug__")),
                NameCtx::Del => return Err(self.error("cannot delete __debug__")),
                NameCtx::Load => {}
            }
        }
        let u = self.unit_ref();
        let mangled = mangle(u.private.as_deref(), name).into_owned();
        let function_like = u.kind.is_function_like();
        let scope = self.table.scopes[u.scope].scope_of(&mangled);
        let instr = match scope {
            Some(NameScope::Free) | Some(NameScope::Cell) => {
                let i = self.deref_index(&mangled);
                match ctx {
                    NameCtx::Load if u.kind == ScopeKind::Class => Instr::LoadClassDeref(i),
                    NameCtx::Load => Instr::LoadDeref(i),
                    NameCtx::Store => Instr::StoreDeref(i),
                    NameCtx::Del => Instr::DeleteDeref(i),
                }
            }
            Some(NameScope::Local) if function_like => {
                let i = self.unit().varnames.add(&mangled);
                match ctx {
                    NameCtx::Load => Instr::LoadFast(i),
                    NameCtx::Store => Instr::StoreFast(i),
                    NameCtx::Del => Instr::DeleteFast(i),
                }
            }
            Some(NameScope::GlobalExplicit) | Some(NameScope::GlobalImplicit)
                if function_like || scope == Some(NameScope::GlobalExplicit) =>
            {
                let i = self.unit().names.add(&mangled);
                match ctx {
                    NameCtx::Load => Instr::LoadGlobal(i),
                    NameCtx::Store => Instr::StoreGlobal(i),
                    NameCtx::Del => Instr::DeleteGlobal(i),
                }
            }
            _ => {
                let i = self.unit().names.add(&mangled);
                match ctx {
                    NameCtx::Load => Instr::LoadName(i),
                    NameCtx::Store => Instr::StoreName(i),
                    NameCtx::Del => Instr::DeleteName(i),
                }
            }
        };
        self.emit(instr);
        Ok(())
    }

    /// Index of a cell or free variable for the `*Deref` instructions.
    fn deref_index(&self, name: &str) -> u32 {
        let u = self.unit_ref();
        if let Some(i) = u.cellvars.iter().position(|c| c == name) {
            return i as u32;
        }
        let i = u
            .freevars
            .iter()
            .position(|c| c == name)
            .expect("free variable not in table");
        (u.cellvars.len() + i) as u32
    }

    /// Pushes the closure tuple for a nested code object; returns whether
    /// there is one.
    fn load_closure(&mut self, code: &CodeObject) -> bool {
        if code.freevars.is_empty() {
            return false;
        }
        for name in &code.freevars {
            let i = self.deref_index(name);
            self.emit(Instr::LoadClosure(i));
        }
        self.emit(Instr::BuildTuple(code.freevars.len() as u32));
        true
    }

    /// `MakeFunction` for a finished code object, with the optional parts
    /// (`flags` says which) already on the stack.
    fn make_function(&mut self, code: CodeObject, mut flags: u32) {
        if self.load_closure(&code) {
            flags |= crate::bytecode::make_function::CLOSURE;
        }
        self.load_const(Constant::Code(Box::new(code)));
        self.emit(Instr::MakeFunction(flags));
    }
}

impl Unit<'_> {
    /// Drops the `Nop`s whose line a neighbour in the same straight-line
    /// run already has: CPython keeps a `Nop` only to give its line a
    /// trace event.
    fn remove_redundant_nops(&mut self) {
        let n = self.instrs.len();
        let targets: std::collections::HashSet<u32> =
            self.labels.iter().filter_map(|l| l.pos).collect();
        // A Nop that is all a handler covers keeps the handler reachable.
        let mut covered = vec![0usize; self.handlers.len()];
        for (i, h) in self.handler_at.iter().enumerate() {
            if let Some(h) = h
                && self.instrs[i] != Instr::Nop
            {
                covered[*h] += 1;
            }
        }
        let mut keep = vec![true; n];
        let mut prev_line: Option<u32> = None;
        for (i, keep) in keep.iter_mut().enumerate() {
            if targets.contains(&(i as u32)) {
                prev_line = None;
            }
            let line = self.locs[i].line;
            let sole_cover = self.handler_at[i].is_some_and(|h| covered[h] == 0);
            if self.instrs[i] == Instr::Nop
                && !sole_cover
                && (prev_line == Some(line) || self.locs.get(i + 1).is_some_and(|l| l.line == line))
            {
                *keep = false;
                continue;
            }
            prev_line = Some(line);
        }
        if keep.iter().all(|&k| k) {
            return;
        }
        let mut new_pos = Vec::with_capacity(n + 1);
        let mut count = 0u32;
        for &k in &keep {
            new_pos.push(count);
            count += k as u32;
        }
        new_pos.push(count);
        for label in &mut self.labels {
            if let Some(p) = label.pos.as_mut() {
                *p = new_pos[*p as usize];
            }
        }
        let mut k = keep.iter();
        self.instrs.retain(|_| *k.next().unwrap());
        let mut k = keep.iter();
        self.locs.retain(|_| *k.next().unwrap());
        let mut k = keep.iter();
        self.handler_at.retain(|_| *k.next().unwrap());
    }

    fn add_const(&mut self, c: Constant) -> u32 {
        let key = const_key(&c);
        let existing = match &key {
            Some(k) => self.const_index.get(k).copied(),
            None => self.consts.iter().position(|e| *e == c).map(|i| i as u32),
        };
        if let Some(i) = existing {
            return i;
        }
        let i = self.consts.len() as u32;
        self.consts.push(c);
        if let Some(k) = key {
            self.const_index.insert(k, i);
        }
        i
    }

    /// Records that control arrives at `label` with `depth` values.
    fn arrive(&mut self, label: Label, depth: u32) {
        let info = &mut self.labels[label.0 as usize];
        match info.depth {
            None => info.depth = Some(depth),
            Some(d) => debug_assert_eq!(d, depth, "inconsistent stack depth at label"),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameCtx {
    Load,
    Store,
    Del,
}

/// Whether the source has `from __future__ import annotations` (checked
/// again, with errors, when the import statement is compiled).
pub(crate) fn has_future_annotations(module: &Mod) -> bool {
    let Mod::Module(m) = module else {
        return false;
    };
    let mut body = &m.body[..];
    if let Some(Stmt::Expr(e)) = body.first()
        && e.value.is_string_literal_expr()
    {
        body = &body[1..];
    }
    for s in body {
        match s {
            Stmt::ImportFrom(i) if i.module.as_deref() == Some("__future__") && i.level == 0 => {
                if i.names.iter().any(|a| &*a.name == "annotations") {
                    return true;
                }
            }
            _ => break,
        }
    }
    false
}
