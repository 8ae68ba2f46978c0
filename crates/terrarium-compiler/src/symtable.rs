//! Symbol tables: which scope each name lives in, following CPython 3.11's
//! `symtable.c` rules (class scopes are invisible to nested functions,
//! comprehensions are functions, walrus targets bind in the enclosing
//! function, `super` implies `__class__`).

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use ruff_python_ast::{
    Comprehension, ExceptHandler, Expr, InterpolatedStringElement, InterpolatedStringElements, Mod,
    Parameters, Pattern, Stmt,
};
use ruff_text_size::{Ranged, TextRange};

use crate::error::{CResult, CompileError, CompileErrorKind, MAX_NESTING, RECURSION_MESSAGE};
use crate::source::SourceIndex;

pub(crate) type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

impl CompKind {
    pub(crate) fn scope_name(self) -> &'static str {
        match self {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        }
    }

    fn description(self) -> &'static str {
        match self {
            CompKind::List => "list comprehension",
            CompKind::Set => "set comprehension",
            CompKind::Dict => "dict comprehension",
            CompKind::Generator => "generator expression",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension(CompKind),
}

impl ScopeKind {
    /// CPython's `FunctionBlock`: everything with fast locals.
    pub(crate) fn is_function_like(self) -> bool {
        !matches!(self, ScopeKind::Module | ScopeKind::Class)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

pub(crate) const DEF_GLOBAL: u32 = 1;
pub(crate) const DEF_LOCAL: u32 = 2;
pub(crate) const DEF_PARAM: u32 = 4;
pub(crate) const DEF_NONLOCAL: u32 = 8;
pub(crate) const USE: u32 = 16;
/// Free in a method and bound in the class: the class passes the cell on.
pub(crate) const DEF_FREE_CLASS: u32 = 32;
pub(crate) const DEF_IMPORT: u32 = 64;
const DEF_ANNOT: u32 = 128;
const DEF_COMP_ITER: u32 = 256;
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

#[derive(Clone, Copy, Debug)]
pub(crate) struct Symbol {
    pub(crate) flags: u32,
    pub(crate) scope: NameScope,
}

pub(crate) struct Scope {
    pub(crate) kind: ScopeKind,
    pub(crate) symbols: HashMap<String, Symbol>,
    /// Names in the order first seen, which decides which error CPython
    /// reports first.
    order: Vec<String>,
    /// Parameter names (mangled) in `co_varnames` order.
    pub(crate) params: Vec<String>,
    pub(crate) children: Vec<ScopeId>,
    /// Inside a function (directly or not): its code gets `CO_NESTED`.
    pub(crate) nested: bool,
    pub(crate) is_generator: bool,
    pub(crate) is_coroutine: bool,
    /// An `async def` (where `await`, `async for` and `async with` are
    /// allowed; `is_coroutine` is also set by awaits elsewhere).
    pub(crate) is_async_def: bool,
    pub(crate) has_varargs: bool,
    pub(crate) has_varkw: bool,
    /// A class whose methods use `super` or `__class__`.
    pub(crate) needs_class_closure: bool,
    comp_iter_target: bool,
    comp_iter_expr: u32,
    /// Where each `global`/`nonlocal` (or walrus-implied) declaration is.
    directives: HashMap<String, TextRange>,
}

impl Scope {
    fn new(kind: ScopeKind, nested: bool) -> Self {
        Scope {
            kind,
            symbols: HashMap::new(),
            order: Vec::new(),
            params: Vec::new(),
            children: Vec::new(),
            nested,
            is_generator: false,
            is_coroutine: false,
            is_async_def: false,
            has_varargs: false,
            has_varkw: false,
            needs_class_closure: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
            directives: HashMap::new(),
        }
    }

    fn set_flags(&mut self, name: &str, flags: u32) {
        match self.symbols.get_mut(name) {
            Some(sym) => sym.flags = flags,
            None => {
                self.order.push(name.to_string());
                self.symbols.insert(
                    name.to_string(),
                    Symbol {
                        flags,
                        scope: NameScope::Local,
                    },
                );
            }
        }
    }

    fn flags(&self, name: &str) -> u32 {
        self.symbols.get(name).map_or(0, |s| s.flags)
    }

    pub(crate) fn scope_of(&self, name: &str) -> Option<NameScope> {
        self.symbols.get(name).map(|s| s.scope)
    }
}

pub(crate) struct SymbolTable {
    pub(crate) scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    /// The scope created for a function, class, lambda or comprehension node.
    pub(crate) fn scope_for<T>(&self, node: &T) -> ScopeId {
        self.by_node[&(node as *const T as usize)]
    }
}

/// CPython's private name mangling: `__x` in class `C` is `_C__x`.
pub(crate) fn mangle<'n>(private: Option<&str>, name: &'n str) -> Cow<'n, str> {
    let Some(class) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{class}{name}"))
}

pub(crate) fn build(
    module: &Mod,
    index: &SourceIndex,
    future_annotations: bool,
) -> CResult<SymbolTable> {
    let mut b = Builder {
        table: SymbolTable {
            scopes: vec![Scope::new(ScopeKind::Module, false)],
            by_node: HashMap::new(),
        },
        stack: vec![0],
        private: None,
        index,
        future_annotations,
        in_annotation: false,
        depth: 0,
    };
    match module {
        Mod::Module(m) => b.visit_body(&m.body)?,
        Mod::Expression(e) => b.visit_expr(&e.body)?,
    }
    let mut table = b.table;
    Analyzer {
        table: &mut table,
        index,
    }
    .analyze_block(0, None, &HashSet::new())?;
    Ok(table)
}

struct Builder<'i> {
    table: SymbolTable,
    stack: Vec<ScopeId>,
    private: Option<String>,
    index: &'i SourceIndex<'i>,
    future_annotations: bool,
    /// Visiting an annotation that `from __future__ import annotations`
    /// turns into a string: its names bind and use nothing.
    in_annotation: bool,
    depth: u32,
}

const GLOBAL_PARAM: &str = "name '{}' is parameter and global";
const GLOBAL_AFTER_USE: &str = "name '{}' is used prior to global declaration";
const GLOBAL_ANNOT: &str = "annotated name '{}' can't be global";
const GLOBAL_AFTER_ASSIGN: &str = "name '{}' is assigned to before global declaration";
const NONLOCAL_PARAM: &str = "name '{}' is parameter and nonlocal";
const NONLOCAL_AFTER_USE: &str = "name '{}' is used prior to nonlocal declaration";
const NONLOCAL_ANNOT: &str = "annotated name '{}' can't be nonlocal";
const NONLOCAL_AFTER_ASSIGN: &str = "name '{}' is assigned to before nonlocal declaration";

impl Builder<'_> {
    fn error(&self, message: impl Into<String>, range: TextRange) -> CompileError {
        CompileError::at_bytes(
            CompileErrorKind::Syntax,
            message,
            self.index.location(range),
            self.index,
        )
    }

    fn cur(&self) -> ScopeId {
        *self.stack.last().unwrap()
    }

    fn scope(&mut self) -> &mut Scope {
        let id = self.cur();
        &mut self.table.scopes[id]
    }

    fn enter<T>(&mut self, node: &T, kind: ScopeKind) {
        let parent = self.cur();
        let nested = {
            let p = &self.table.scopes[parent];
            p.nested || p.kind.is_function_like()
        };
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, nested));
        self.table.scopes[parent].children.push(id);
        self.table.by_node.insert(node as *const T as usize, id);
        self.stack.push(id);
    }

    fn leave(&mut self) {
        self.stack.pop();
    }

    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) -> CResult<()> {
        let scope = self.cur();
        self.add_def_in(scope, name, flag, range)
    }

    fn add_def_in(
        &mut self,
        scope: ScopeId,
        name: &str,
        flag: u32,
        range: TextRange,
    ) -> CResult<()> {
        let mangled = mangle(self.private.as_deref(), name).into_owned();
        let s = &mut self.table.scopes[scope];
        let mut flags = s.flags(&mangled);
        if flag & DEF_PARAM != 0 && flags & DEF_PARAM != 0 {
            return Err(self.error(
                format!("duplicate argument '{name}' in function definition"),
                range,
            ));
        }
        flags |= flag;
        if s.comp_iter_target {
            if flags & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(self.error(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                    range,
                ));
            }
            flags |= DEF_COMP_ITER;
        }
        if flag & DEF_PARAM != 0 {
            s.params.push(mangled.clone());
        }
        s.set_flags(&mangled, flags);
        // CPython records explicit globals in the module's table too, so
        // module code then uses LOAD_GLOBAL/STORE_GLOBAL for them.
        if flag & DEF_GLOBAL != 0 && scope != 0 {
            let m = &mut self.table.scopes[0];
            m.set_flags(&mangled, m.flags(&mangled) | flag);
        }
        Ok(())
    }

    fn nest<T>(&mut self, range: TextRange, f: impl FnOnce(&mut Self) -> CResult<T>) -> CResult<T> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(CompileError::at_bytes(
                CompileErrorKind::Recursion,
                RECURSION_MESSAGE,
                self.index.location(range),
                self.index,
            ));
        }
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || f(self));
        self.depth -= 1;
        r
    }

    fn visit_body(&mut self, body: &[Stmt]) -> CResult<()> {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_stmt(&mut self, s: &Stmt) -> CResult<()> {
        self.nest(s.range(), |b| b.visit_stmt_inner(s))
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> CResult<()> {
        match s {
            Stmt::FunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL, f.name.range)?;
                self.visit_defaults(&f.parameters)?;
                self.visit_param_annotations(&f.parameters)?;
                if let Some(r) = &f.returns {
                    self.visit_annotation(r)?;
                }
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.enter(s, ScopeKind::Function);
                if f.is_async {
                    self.scope().is_coroutine = true;
                    self.scope().is_async_def = true;
                }
                self.visit_params(&f.parameters)?;
                self.visit_body(&f.body)?;
                self.leave();
            }
            Stmt::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL, c.name.range)?;
                if let Some(args) = &c.arguments {
                    for a in &args.args {
                        self.visit_expr(a)?;
                    }
                    for k in &args.keywords {
                        self.visit_expr(&k.value)?;
                    }
                }
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.enter(s, ScopeKind::Class);
                let saved = self.private.replace(c.name.to_string());
                self.visit_body(&c.body)?;
                self.private = saved;
                self.leave();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_expr(t)?;
                }
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.visit_expr(t)?;
                }
                self.visit_expr(&a.value)?;
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.target)?;
                self.visit_expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let cur = self.table.scopes[self.cur()]
                        .flags(&mangle(self.private.as_deref(), &n.id));
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur() != 0 && a.simple {
                        let template = if cur & DEF_GLOBAL != 0 {
                            GLOBAL_ANNOT
                        } else {
                            NONLOCAL_ANNOT
                        };
                        return Err(self.error(template.replace("{}", &n.id), s.range()));
                    }
                    if a.simple {
                        self.add_def(&n.id, DEF_ANNOT | DEF_LOCAL, n.range)?;
                    } else if a.value.is_some() {
                        self.add_def(&n.id, DEF_LOCAL, n.range)?;
                    }
                } else {
                    self.visit_expr(&a.target)?;
                }
                self.visit_annotation(&a.annotation)?;
                if let Some(v) = &a.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::TypeAlias(_) | Stmt::IpyEscapeCommand(_) => {}
            Stmt::For(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                for clause in &i.elif_else_clauses {
                    if let Some(t) = &clause.test {
                        self.visit_expr(t)?;
                    }
                    self.visit_body(&clause.body)?;
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(&w.body)?;
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for case in &m.cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.visit_expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body)?;
                self.visit_body(&t.orelse)?;
                for h in &t.handlers {
                    let ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(name) = &h.name {
                        self.add_def(name, DEF_LOCAL, name.range)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let stored = match &alias.asname {
                        Some(a) => a.as_str(),
                        None => alias.name.split('.').next().unwrap(),
                    };
                    self.add_def(stored, DEF_IMPORT, alias.range)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    if &*alias.name == "*" {
                        if self.table.scopes[self.cur()].kind != ScopeKind::Module {
                            return Err(
                                self.error("import * only allowed at module level", alias.range)
                            );
                        }
                        continue;
                    }
                    let stored = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.add_def(stored, DEF_IMPORT, alias.range)?;
                }
            }
            Stmt::Global(g) => {
                for name in &g.names {
                    self.declare(name, s.range(), true)?;
                }
            }
            Stmt::Nonlocal(n) => {
                for name in &n.names {
                    self.declare(name, s.range(), false)?;
                }
            }
            Stmt::Expr(e) => self.visit_expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
        }
        Ok(())
    }

    /// A `global` (or `nonlocal`) declaration of one name.
    fn declare(&mut self, name: &str, range: TextRange, global: bool) -> CResult<()> {
        let mangled = mangle(self.private.as_deref(), name).into_owned();
        let cur = self.table.scopes[self.cur()].flags(&mangled);
        if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
            let template = match (cur, global) {
                (c, true) if c & DEF_PARAM != 0 => GLOBAL_PARAM,
                (c, true) if c & USE != 0 => GLOBAL_AFTER_USE,
                (c, true) if c & DEF_ANNOT != 0 => GLOBAL_ANNOT,
                (_, true) => GLOBAL_AFTER_ASSIGN,
                (c, false) if c & DEF_PARAM != 0 => NONLOCAL_PARAM,
                (c, false) if c & USE != 0 => NONLOCAL_AFTER_USE,
                (c, false) if c & DEF_ANNOT != 0 => NONLOCAL_ANNOT,
                (_, false) => NONLOCAL_AFTER_ASSIGN,
            };
            return Err(self.error(template.replace("{}", name), range));
        }
        self.add_def(name, if global { DEF_GLOBAL } else { DEF_NONLOCAL }, range)?;
        self.scope().directives.entry(mangled).or_insert(range);
        Ok(())
    }

    fn visit_defaults(&mut self, p: &Parameters) -> CResult<()> {
        for param in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            if let Some(d) = &param.default {
                self.visit_expr(d)?;
            }
        }
        Ok(())
    }

    fn visit_param_annotations(&mut self, p: &Parameters) -> CResult<()> {
        let all = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .chain(&p.kwonlyargs)
            .map(|p| &p.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwarg.as_deref());
        for param in all {
            if let Some(a) = &param.annotation {
                self.visit_annotation(a)?;
            }
        }
        Ok(())
    }

    fn visit_params(&mut self, p: &Parameters) -> CResult<()> {
        for param in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            self.add_def(&param.parameter.name, DEF_PARAM, param.parameter.name.range)?;
        }
        if let Some(v) = &p.vararg {
            self.add_def(&v.name, DEF_PARAM, v.name.range)?;
            self.scope().has_varargs = true;
        }
        if let Some(k) = &p.kwarg {
            self.add_def(&k.name, DEF_PARAM, k.name.range)?;
            self.scope().has_varkw = true;
        }
        Ok(())
    }

    fn visit_annotation(&mut self, e: &Expr) -> CResult<()> {
        if !self.future_annotations {
            return self.visit_expr(e);
        }
        let saved = std::mem::replace(&mut self.in_annotation, true);
        let r = self.visit_expr(e);
        self.in_annotation = saved;
        r
    }

    fn check_annotation(&self, what: &str, range: TextRange) -> CResult<()> {
        if self.in_annotation {
            return Err(self.error(
                format!("'{what}' can not be used within an annotation"),
                range,
            ));
        }
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> CResult<()> {
        self.nest(e.range(), |b| b.visit_expr_inner(e))
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> CResult<()> {
        match e {
            Expr::BoolOp(b) => b.values.iter().try_for_each(|v| self.visit_expr(v))?,
            Expr::Named(n) => {
                self.check_annotation("named expression", e.range())?;
                self.visit_named(e, n)?;
            }
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_defaults(p)?;
                }
                if self.in_annotation {
                    return self.visit_expr(&l.body);
                }
                self.enter(e, ScopeKind::Lambda);
                if let Some(p) = &l.parameters {
                    self.visit_params(p)?;
                }
                self.visit_expr(&l.body)?;
                self.leave();
            }
            Expr::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(&item.value)?;
                }
            }
            Expr::Set(s) => s.elts.iter().try_for_each(|v| self.visit_expr(v))?,
            Expr::ListComp(c) => {
                self.visit_comprehension(e, CompKind::List, &c.generators, &c.elt, None)?
            }
            Expr::SetComp(c) => {
                self.visit_comprehension(e, CompKind::Set, &c.generators, &c.elt, None)?
            }
            Expr::DictComp(c) => match &c.key {
                Some(key) => {
                    self.visit_comprehension(e, CompKind::Dict, &c.generators, key, Some(&c.value))?
                }
                None => self.visit_expr(&c.value)?,
            },
            Expr::Generator(g) => {
                self.visit_comprehension(e, CompKind::Generator, &g.generators, &g.elt, None)?
            }
            Expr::Await(a) => {
                self.check_annotation("await expression", e.range())?;
                self.visit_expr(&a.value)?;
                self.scope().is_coroutine = true;
            }
            Expr::Yield(y) => {
                self.check_annotation("yield expression", e.range())?;
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
                self.mark_generator(e.range())?;
            }
            Expr::YieldFrom(y) => {
                self.check_annotation("yield expression", e.range())?;
                self.visit_expr(&y.value)?;
                self.mark_generator(e.range())?;
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                c.comparators.iter().try_for_each(|v| self.visit_expr(v))?;
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                c.arguments
                    .args
                    .iter()
                    .try_for_each(|v| self.visit_expr(v))?;
                for k in &c.arguments.keywords {
                    self.visit_expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for el in f.value.elements() {
                    self.visit_fstring_element(el)?;
                }
            }
            Expr::TString(_)
            | Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
            Expr::Attribute(a) => self.visit_expr(&a.value)?,
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
            }
            Expr::Starred(s) => self.visit_expr(&s.value)?,
            Expr::Name(n) => {
                if self.in_annotation {
                    return Ok(());
                }
                let flag = if n.ctx.is_load() { USE } else { DEF_LOCAL };
                self.add_def(&n.id, flag, n.range)?;
                if n.ctx.is_load()
                    && &*n.id == "super"
                    && self.table.scopes[self.cur()].kind.is_function_like()
                {
                    self.add_def("__class__", USE, n.range)?;
                }
            }
            Expr::List(l) => l.elts.iter().try_for_each(|v| self.visit_expr(v))?,
            Expr::Tuple(t) => t.elts.iter().try_for_each(|v| self.visit_expr(v))?,
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
            }
        }
        Ok(())
    }

    fn visit_fstring_element(&mut self, el: &InterpolatedStringElement) -> CResult<()> {
        if let InterpolatedStringElement::Interpolation(i) = el {
            self.visit_expr(&i.expression)?;
            if let Some(spec) = &i.format_spec {
                self.visit_fstring_elements(&spec.elements)?;
            }
        }
        Ok(())
    }

    fn visit_fstring_elements(&mut self, els: &InterpolatedStringElements) -> CResult<()> {
        els.iter().try_for_each(|el| self.visit_fstring_element(el))
    }

    fn mark_generator(&mut self, range: TextRange) -> CResult<()> {
        let scope = self.scope();
        scope.is_generator = true;
        if let ScopeKind::Comprehension(kind) = scope.kind {
            return Err(self.error(format!("'yield' inside {}", kind.description()), range));
        }
        Ok(())
    }

    fn visit_named(&mut self, e: &Expr, n: &ruff_python_ast::ExprNamed) -> CResult<()> {
        if let Expr::Name(target) = &*n.target {
            if self.table.scopes[self.cur()].comp_iter_expr > 0 {
                return Err(self.error(
                    "assignment expression cannot be used in a comprehension iterable expression",
                    e.range(),
                ));
            }
            if matches!(
                self.table.scopes[self.cur()].kind,
                ScopeKind::Comprehension(_)
            ) {
                self.extend_named_scope(&target.id, target.range)?;
            }
        }
        self.visit_expr(&n.value)?;
        self.visit_expr(&n.target)
    }

    /// A walrus in a comprehension binds in the nearest enclosing function
    /// (or the module), which the comprehension then sees as free (global).
    fn extend_named_scope(&mut self, name: &str, range: TextRange) -> CResult<()> {
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let scope = &self.table.scopes[id];
            match scope.kind {
                ScopeKind::Comprehension(_) => {
                    if scope.flags(name) & DEF_COMP_ITER != 0 {
                        return Err(self.error(
                            format!(
                                "assignment expression cannot rebind comprehension iteration variable '{name}'"
                            ),
                            range,
                        ));
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let flag = if scope.flags(name) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, range)?;
                    self.scope()
                        .directives
                        .entry(name.to_string())
                        .or_insert(range);
                    return self.add_def_in(id, name, DEF_LOCAL, range);
                }
                ScopeKind::Module => {
                    self.add_def(name, DEF_GLOBAL, range)?;
                    self.scope()
                        .directives
                        .entry(name.to_string())
                        .or_insert(range);
                    return self.add_def_in(id, name, DEF_GLOBAL, range);
                }
                ScopeKind::Class => {
                    return Err(self.error(
                        "assignment expression within a comprehension cannot be used in a class body",
                        range,
                    ));
                }
            }
        }
        Ok(())
    }

    fn visit_comprehension(
        &mut self,
        e: &Expr,
        kind: CompKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> CResult<()> {
        let outermost = &generators[0];
        self.scope().comp_iter_expr += 1;
        let r = self.visit_expr(&outermost.iter);
        self.scope().comp_iter_expr -= 1;
        r?;
        if self.in_annotation {
            // Never compiled: check the rest for errors only.
            self.visit_expr(&outermost.target)?;
            for g in &generators[1..] {
                self.visit_expr(&g.iter)?;
            }
            return self.visit_expr(elt);
        }
        self.enter(e, ScopeKind::Comprehension(kind));
        if outermost.is_async {
            self.scope().is_coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, outermost.range)?;
        self.scope().comp_iter_target = true;
        let r = self.visit_expr(&outermost.target);
        self.scope().comp_iter_target = false;
        r?;
        for cond in &outermost.ifs {
            self.visit_expr(cond)?;
        }
        for g in &generators[1..] {
            self.scope().comp_iter_target = true;
            let r = self.visit_expr(&g.target);
            self.scope().comp_iter_target = false;
            r?;
            self.scope().comp_iter_expr += 1;
            let r = self.visit_expr(&g.iter);
            self.scope().comp_iter_expr -= 1;
            r?;
            for cond in &g.ifs {
                self.visit_expr(cond)?;
            }
            if g.is_async {
                self.scope().is_coroutine = true;
            }
        }
        if let Some(v) = value {
            self.visit_expr(elt)?;
            self.visit_expr(v)?;
        } else {
            self.visit_expr(elt)?;
        }
        let is_generator = kind == CompKind::Generator;
        let scope = self.scope();
        scope.is_generator = is_generator;
        let is_async = scope.is_coroutine && !is_generator;
        self.leave();
        if is_async {
            self.scope().is_coroutine = true;
        }
        Ok(())
    }

    fn visit_pattern(&mut self, p: &Pattern) -> CResult<()> {
        self.nest(p.range(), |b| b.visit_pattern_inner(p))
    }

    fn visit_pattern_inner(&mut self, p: &Pattern) -> CResult<()> {
        match p {
            Pattern::MatchValue(v) => self.visit_expr(&v.value),
            Pattern::MatchSingleton(_) => Ok(()),
            Pattern::MatchSequence(s) => s.patterns.iter().try_for_each(|p| self.visit_pattern(p)),
            Pattern::MatchMapping(m) => {
                for k in &m.keys {
                    self.visit_expr(k)?;
                }
                for p in &m.patterns {
                    self.visit_pattern(p)?;
                }
                if let Some(rest) = &m.rest {
                    self.add_def(rest, DEF_LOCAL, rest.range)?;
                }
                Ok(())
            }
            Pattern::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                for p in &c.arguments.patterns {
                    self.visit_pattern(p)?;
                }
                for k in &c.arguments.keywords {
                    self.visit_pattern(&k.pattern)?;
                }
                Ok(())
            }
            Pattern::MatchStar(s) => match &s.name {
                Some(n) => self.add_def(n, DEF_LOCAL, n.range),
                None => Ok(()),
            },
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.visit_pattern(p)?;
                }
                match &a.name {
                    Some(n) => self.add_def(n, DEF_LOCAL, n.range),
                    None => Ok(()),
                }
            }
            Pattern::MatchOr(o) => o.patterns.iter().try_for_each(|p| self.visit_pattern(p)),
        }
    }
}

/// The second pass: resolves every name to a scope, bottom-up free
/// variables, cells where a child captures a local.
struct Analyzer<'t, 'i> {
    table: &'t mut SymbolTable,
    index: &'i SourceIndex<'i>,
}

impl Analyzer<'_, '_> {
    fn error(&self, scope: ScopeId, name: &str, message: String) -> CompileError {
        let range = self.table.scopes[scope]
            .directives
            .get(name)
            .copied()
            .unwrap_or_default();
        CompileError::at_bytes(
            CompileErrorKind::Syntax,
            message,
            self.index.location(range),
            self.index,
        )
    }

    /// Analyzes `id` given the names bound in enclosing functions (`None`
    /// at module level) and the names known global; returns the free names
    /// of this block and its children.
    fn analyze_block(
        &mut self,
        id: ScopeId,
        bound: Option<&HashSet<String>>,
        global: &HashSet<String>,
    ) -> CResult<HashSet<String>> {
        let mut global = global.clone();
        let mut bound = bound.cloned();
        let mut local = HashSet::new();
        let mut free = HashSet::new();
        let kind = self.table.scopes[id].kind;
        // Class bindings are invisible to methods: children see the names
        // from before the class.
        let mut new_bound = HashSet::new();
        let mut new_global = HashSet::new();
        if kind == ScopeKind::Class {
            new_global.extend(global.iter().cloned());
            if let Some(b) = &bound {
                new_bound.extend(b.iter().cloned());
            }
        }
        let names: Vec<(String, u32)> = self.table.scopes[id]
            .order
            .iter()
            .map(|n| (n.clone(), self.table.scopes[id].symbols[n].flags))
            .collect();
        for (name, flags) in &names {
            let scope = self.analyze_name(
                id,
                name,
                *flags,
                &mut bound,
                &mut local,
                &mut free,
                &mut global,
            )?;
            self.table.scopes[id].symbols.get_mut(name).unwrap().scope = scope;
        }
        if kind != ScopeKind::Class {
            if kind.is_function_like() {
                new_bound.extend(local.iter().cloned());
            }
            if let Some(b) = &bound {
                new_bound.extend(b.iter().cloned());
            }
            new_global.extend(global.iter().cloned());
        } else {
            new_bound.insert("__class__".to_string());
        }
        let mut new_free = HashSet::new();
        for child in self.table.scopes[id].children.clone() {
            let child_free = self.analyze_block(child, Some(&new_bound), &new_global)?;
            new_free.extend(child_free);
        }
        if kind.is_function_like() {
            // Locals that children capture become cells.
            for (name, sym) in self.table.scopes[id].symbols.iter_mut() {
                if sym.scope == NameScope::Local && new_free.remove(name) {
                    sym.scope = NameScope::Cell;
                }
            }
        } else if kind == ScopeKind::Class && new_free.remove("__class__") {
            self.table.scopes[id].needs_class_closure = true;
        }
        // Free names of children pass through this block.
        let scope = &mut self.table.scopes[id];
        for name in &new_free {
            match scope.symbols.get_mut(name) {
                Some(sym) => {
                    if kind == ScopeKind::Class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                        sym.flags |= DEF_FREE_CLASS;
                    }
                }
                None => {
                    if bound.as_ref().is_some_and(|b| b.contains(name)) {
                        scope.symbols.insert(
                            name.clone(),
                            Symbol {
                                flags: 0,
                                scope: NameScope::Free,
                            },
                        );
                    }
                }
            }
        }
        free.extend(new_free);
        Ok(free)
    }

    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &self,
        id: ScopeId,
        name: &str,
        flags: u32,
        bound: &mut Option<HashSet<String>>,
        local: &mut HashSet<String>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
    ) -> CResult<NameScope> {
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(self.error(id, name, format!("name '{name}' is nonlocal and global")));
            }
            global.insert(name.to_string());
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(NameScope::GlobalExplicit);
        }
        if flags & DEF_NONLOCAL != 0 {
            match bound {
                None => {
                    return Err(self.error(
                        id,
                        name,
                        "nonlocal declaration not allowed at module level".into(),
                    ));
                }
                Some(b) if !b.contains(name) => {
                    return Err(self.error(
                        id,
                        name,
                        format!("no binding for nonlocal '{name}' found"),
                    ));
                }
                Some(_) => {}
            }
            free.insert(name.to_string());
            return Ok(NameScope::Free);
        }
        if flags & DEF_BOUND != 0 {
            local.insert(name.to_string());
            global.remove(name);
            return Ok(NameScope::Local);
        }
        if bound.as_ref().is_some_and(|b| b.contains(name)) {
            free.insert(name.to_string());
            return Ok(NameScope::Free);
        }
        Ok(NameScope::GlobalImplicit)
    }
}
