//! Statements, function and class definitions, and the unwinding that
//! `return`, `break` and `continue` do through `try`, `with` and loops.

use ruff_python_ast::{
    self as ast, ExceptHandler, Expr, Parameters, Stmt, StmtClassDef, StmtFunctionDef, StmtTry,
    StmtWith,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::{Compiler, FBlock, FBlockKind, NameCtx};
use crate::bytecode::{Constant, Instr, make_function};
use crate::error::CResult;
use crate::symtable::{ScopeKind, mangle};

/// Features `from __future__ import` accepts (all but `annotations` are
/// always on in Python 3).
const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Whether a body has annotated assignments outside nested scopes (then
/// module and class bodies start with `SetupAnnotations`).
pub(super) fn find_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => find_annotations(&f.body) || find_annotations(&f.orelse),
        Stmt::While(w) => find_annotations(&w.body) || find_annotations(&w.orelse),
        Stmt::If(i) => {
            find_annotations(&i.body)
                || i.elif_else_clauses
                    .iter()
                    .any(|c| find_annotations(&c.body))
        }
        Stmt::With(w) => find_annotations(&w.body),
        Stmt::Try(t) => {
            find_annotations(&t.body)
                || t.handlers
                    .iter()
                    .any(|ExceptHandler::ExceptHandler(h)| find_annotations(&h.body))
                || find_annotations(&t.orelse)
                || find_annotations(&t.finalbody)
        }
        Stmt::Match(m) => m.cases.iter().any(|c| find_annotations(&c.body)),
        _ => false,
    })
}

/// The docstring of a body: a first statement that is a plain string.
pub(super) fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    /// A module or class body: annotations setup, `__doc__`, statements.
    pub(super) fn compile_body(&mut self, body: &'a [Stmt]) -> CResult<()> {
        if find_annotations(body) {
            self.emit(Instr::SetupAnnotations);
        }
        let mut rest = body;
        if self.optimize < 2
            && let Some(doc) = docstring(body)
        {
            let old = self.set_loc(body[0].range());
            self.load_const(Constant::Str(doc));
            self.name_op("__doc__", NameCtx::Store)?;
            self.restore_loc(old);
            rest = &body[1..];
        }
        self.check_future_imports(body)?;
        rest.iter().try_for_each(|s| self.visit_stmt(s))
    }

    /// `from __future__` imports must come first (after the docstring) and
    /// name known features.
    pub(super) fn check_future_imports(&self, body: &[Stmt]) -> CResult<()> {
        if self.unit_ref().kind != ScopeKind::Module {
            return Ok(());
        }
        let mut at_start = true;
        for (i, s) in body.iter().enumerate() {
            let is_doc = i == 0 && docstring(body).is_some();
            match s {
                Stmt::ImportFrom(f)
                    if f.module.as_deref() == Some("__future__") && f.level == 0 =>
                {
                    if !at_start {
                        return Err(self.error_at(
                            "from __future__ imports must occur at the beginning of the file",
                            s.range(),
                        ));
                    }
                    for alias in &f.names {
                        if &*alias.name == "braces" {
                            return Err(self.error_at("not a chance", s.range()));
                        }
                        if !FUTURE_FEATURES.contains(&&*alias.name) {
                            return Err(self.error_at(
                                format!("future feature {} is not defined", alias.name),
                                s.range(),
                            ));
                        }
                    }
                }
                _ if is_doc => {}
                _ => at_start = false,
            }
        }
        Ok(())
    }

    pub(super) fn visit_body(&mut self, body: &'a [Stmt]) -> CResult<()> {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    /// Where CPython locates a statement: a decorated definition starts
    /// at its `def` or `class` keyword, not at the decorators.
    fn stmt_range(&self, s: &Stmt) -> TextRange {
        let (name_start, keyword, is_async) = match s {
            Stmt::FunctionDef(f) if !f.decorator_list.is_empty() => {
                (f.name.range.start(), "def", f.is_async)
            }
            Stmt::ClassDef(c) if !c.decorator_list.is_empty() => {
                (c.name.range.start(), "class", false)
            }
            _ => return s.range(),
        };
        let text = self.index.text();
        let before = text[..name_start.to_usize()].trim_end();
        let Some(mut start) = before.strip_suffix(keyword).map(str::len) else {
            return s.range();
        };
        if is_async && let Some(a) = text[..start].trim_end().strip_suffix("async") {
            start = a.len();
        }
        TextRange::new(TextSize::new(start as u32), s.range().end())
    }

    pub(super) fn visit_stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.nest(s.range(), |c| {
            let range = c.stmt_range(s);
            let old = c.set_loc(range);
            let r = c.visit_stmt_inner(s);
            c.restore_loc(old);
            r
        })
    }

    fn visit_stmt_inner(&mut self, s: &'a Stmt) -> CResult<()> {
        match s {
            Stmt::FunctionDef(f) => self.function_def(s, f),
            Stmt::ClassDef(c) => self.class_def(s, c),
            Stmt::Return(r) => self.return_stmt(r),
            Stmt::Delete(d) => d.targets.iter().try_for_each(|t| self.delete_target(t)),
            Stmt::Assign(a) => {
                self.visit_expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Instr::Copy(1));
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::For(f) => {
                if f.is_async {
                    self.async_for(f)
                } else {
                    self.for_stmt(f)
                }
            }
            Stmt::While(w) => self.while_stmt(w),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::With(w) => self.with_stmt(w, 0),
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.visit_expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Instr::Raise(n));
                Ok(())
            }
            Stmt::Try(t) => {
                if !t.finalbody.is_empty() {
                    self.try_finally(t)
                } else if t.is_star {
                    self.try_star_except(t)
                } else {
                    self.try_except(t)
                }
            }
            Stmt::Assert(a) => self.assert_stmt(a),
            Stmt::Import(i) => self.import(i),
            Stmt::ImportFrom(i) => self.import_from(i),
            Stmt::Global(_) | Stmt::Nonlocal(_) => Ok(()),
            Stmt::Expr(e) => self.expr_stmt(&e.value),
            Stmt::Pass(_) => {
                self.emit(Instr::Nop);
                Ok(())
            }
            Stmt::Break(_) => self.break_stmt(),
            Stmt::Continue(_) => self.continue_stmt(),
            Stmt::TypeAlias(_) | Stmt::IpyEscapeCommand(_) => Err(self.error("invalid syntax")),
        }
    }

    fn expr_stmt(&mut self, value: &'a Expr) -> CResult<()> {
        if self.interactive && self.units.len() == 1 {
            self.visit_expr(value)?;
            self.emit(Instr::PrintExpr);
            return Ok(());
        }
        if self.constant_value(value).is_some() {
            self.emit(Instr::Nop);
            return Ok(());
        }
        self.visit_expr(value)?;
        self.emit(Instr::Pop);
        Ok(())
    }

    // ----- definitions ---------------------------------------------------

    fn function_def(&mut self, s: &'a Stmt, f: &'a StmtFunctionDef) -> CResult<()> {
        for d in &f.decorator_list {
            self.visit_expr(&d.expression)?;
        }
        let first_line = match f.decorator_list.first() {
            Some(d) => self.location(d.range).line,
            None => self.location(f.range).line,
        };
        self.check_debug_params(&f.parameters)?;
        let mut flags = self.default_args(&f.parameters)?;
        if self.annotations(&f.parameters, f.returns.as_deref())? {
            flags |= make_function::ANNOTATIONS;
        }
        let scope = self.table.scope_for(s);
        let private = self.unit_ref().private.clone();
        self.enter_unit(scope, f.name.to_string(), first_line, private);
        self.set_arg_counts(&f.parameters);
        let doc = if self.optimize < 2 {
            docstring(&f.body)
        } else {
            None
        };
        let body = match &doc {
            Some(_) => &f.body[1..],
            None => &f.body[..],
        };
        self.add_const(doc.map_or(Constant::None, Constant::Str));
        self.visit_body(body)?;
        self.return_none();
        let code = self.leave_unit();
        self.make_function(code, flags);
        self.apply_decorators(&f.decorator_list);
        self.name_op(&f.name, NameCtx::Store)
    }

    /// Calls the decorators on the stack, innermost first, each located at
    /// its expression.
    fn apply_decorators(&mut self, decorators: &[ast::Decorator]) {
        for d in decorators.iter().rev() {
            let old = self.set_loc(d.expression.range());
            self.emit(Instr::Call(0));
            self.restore_loc(old);
        }
    }

    pub(super) fn set_arg_counts(&mut self, p: &Parameters) {
        let u = self.unit();
        u.posonlyargcount = p.posonlyargs.len() as u32;
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.kwonlyargcount = p.kwonlyargs.len() as u32;
    }

    /// CPython rejects parameters named `__debug__`, at the definition.
    pub(super) fn check_debug_params(&self, p: &Parameters) -> CResult<()> {
        let names = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .chain(&p.kwonlyargs)
            .map(|a| &a.parameter.name)
            .chain(p.vararg.iter().map(|v| &v.name))
            .chain(p.kwarg.iter().map(|k| &k.name));
        for name in names {
            if &**name == "__debug__" {
                return Err(self.error("cannot assign to __debug__"));
            }
        }
        Ok(())
    }

    /// Pushes the defaults tuple and the keyword-only defaults dict; returns
    /// the `MakeFunction` flags for them.
    pub(super) fn default_args(&mut self, p: &'a Parameters) -> CResult<u32> {
        let mut flags = 0;
        let defaults: Vec<&Expr> = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            let consts: Option<Vec<Constant>> =
                defaults.iter().map(|d| self.constant_value(d)).collect();
            match consts {
                Some(values) => {
                    let ranges: Vec<TextRange> = defaults.iter().map(|d| d.range()).collect();
                    self.load_folded_tuple(values, &ranges)
                }
                None => {
                    for d in &defaults {
                        self.visit_expr(d)?;
                    }
                    self.emit(Instr::BuildTuple(defaults.len() as u32));
                }
            }
            flags |= make_function::DEFAULTS;
        }
        let mut keys = Vec::new();
        for a in &p.kwonlyargs {
            if let Some(d) = &a.default {
                self.visit_expr(d)?;
                let name = mangle(self.unit_ref().private.as_deref(), &a.parameter.name);
                keys.push(Constant::Str(name.into_owned()));
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Constant::Tuple(keys));
            self.emit(Instr::BuildConstKeyMap(n));
            flags |= make_function::KWDEFAULTS;
        }
        Ok(flags)
    }

    /// Pushes the annotations dict if there are annotations (CPython's
    /// order: regular, positional-only, `*args`, keyword-only, `**kwargs`,
    /// return).
    fn annotations(&mut self, p: &'a Parameters, returns: Option<&'a Expr>) -> CResult<bool> {
        let mut n = 0;
        let params = p
            .args
            .iter()
            .chain(&p.posonlyargs)
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
            .chain(p.kwarg.as_deref());
        for param in params {
            if let Some(ann) = &param.annotation {
                let name = mangle(self.unit_ref().private.as_deref(), &param.name).into_owned();
                self.load_const(Constant::Str(name));
                self.annotation_value(ann)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Constant::Str("return".into()));
            self.annotation_value(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Instr::BuildMap(n));
        }
        Ok(n > 0)
    }

    /// An annotation's value: the expression, or its source text under
    /// `from __future__ import annotations`.
    pub(super) fn annotation_value(&mut self, ann: &'a Expr) -> CResult<()> {
        if self.future_annotations {
            let text = crate::unparse::unparse(ann);
            self.load_const(Constant::Str(text));
            return Ok(());
        }
        if let Expr::Starred(star) = ann {
            // `*args: *Ts` evaluates to the single item of `[*Ts]`.
            self.visit_expr(&star.value)?;
            self.emit(Instr::UnpackSequence(1));
            return Ok(());
        }
        self.visit_expr(ann)
    }

    fn class_def(&mut self, s: &'a Stmt, c: &'a StmtClassDef) -> CResult<()> {
        for d in &c.decorator_list {
            self.visit_expr(&d.expression)?;
        }
        let first_line = match c.decorator_list.first() {
            Some(d) => self.location(d.range).line,
            None => self.location(c.range).line,
        };
        let scope = self.table.scope_for(s);
        self.enter_unit(
            scope,
            c.name.to_string(),
            first_line,
            Some(c.name.to_string()),
        );
        let old = self.set_loc(c.range);
        self.name_op("__name__", NameCtx::Load)?;
        self.name_op("__module__", NameCtx::Store)?;
        let qualname = self.unit_ref().qualname.clone();
        self.load_const(Constant::Str(qualname));
        self.name_op("__qualname__", NameCtx::Store)?;
        self.compile_body(&c.body)?;
        // The closing instructions take the line of the last statement.
        if let Some(&last) = self.unit_ref().locs.last() {
            self.unit().loc = last;
        }
        if self.table.scopes[scope].needs_class_closure {
            self.emit(Instr::LoadClosure(0));
            self.emit(Instr::Copy(1));
            self.name_op("__classcell__", NameCtx::Store)?;
        } else {
            self.load_const(Constant::None);
        }
        self.emit(Instr::ReturnValue);
        self.restore_loc(old);
        let code = self.leave_unit();
        self.emit(Instr::PushNull);
        self.emit(Instr::LoadBuildClass);
        self.make_function(code, 0);
        self.load_const(Constant::Str(c.name.to_string()));
        match &c.arguments {
            Some(args) => self.call_helper(2, args)?,
            None => self.emit(Instr::Call(2)),
        }
        self.apply_decorators(&c.decorator_list);
        self.name_op(&c.name, NameCtx::Store)
    }

    // ----- simple statements ---------------------------------------------

    fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> CResult<()> {
        if !self.scope_kind().is_function_like() {
            return Err(self.error("'return' outside function"));
        }
        let scope = &self.table.scopes[self.unit_ref().scope];
        if r.value.is_some() && scope.is_coroutine && scope.is_generator {
            return Err(self.error("'return' with value in async generator"));
        }
        let constant = r.value.as_deref().and_then(|v| self.constant_value(v));
        let preserve_tos = r.value.is_some() && constant.is_none();
        match &r.value {
            Some(v) if preserve_tos => self.visit_expr(v)?,
            Some(v) => {
                let old = self.set_loc(v.range());
                self.emit(Instr::Nop);
                self.restore_loc(old);
            }
            None => self.emit(Instr::Nop),
        }
        self.unwind_all(preserve_tos, |c| {
            if !preserve_tos {
                c.load_const(constant.clone().unwrap_or(Constant::None));
            }
            c.emit(Instr::ReturnValue);
            Ok(())
        })
    }

    fn break_stmt(&mut self) -> CResult<()> {
        self.emit(Instr::Nop);
        self.unwind_to_loop("'break' outside loop", |c, lp| {
            c.unwind_fblock(&lp, false)?;
            if let FBlockKind::WhileLoop { exit, .. } | FBlockKind::ForLoop { exit, .. } = lp.kind {
                c.jump(Instr::Jump, exit);
            }
            Ok(())
        })
    }

    fn continue_stmt(&mut self) -> CResult<()> {
        self.emit(Instr::Nop);
        self.unwind_to_loop("'continue' not properly in loop", |c, lp| {
            if let FBlockKind::WhileLoop { start, .. } | FBlockKind::ForLoop { start, .. } = lp.kind
            {
                c.jump(Instr::Jump, start);
            }
            Ok(())
        })
    }

    /// Unwinds every block (for `return`), then runs `finish`; the block and
    /// handler stacks are restored afterwards for the code that follows.
    fn unwind_all(
        &mut self,
        preserve_tos: bool,
        finish: impl FnOnce(&mut Self) -> CResult<()>,
    ) -> CResult<()> {
        let saved_blocks = self.unit_ref().fblocks.clone();
        let saved_handlers = self.unit_ref().active.clone();
        let r = (|| {
            while let Some(top) = self.unit_ref().fblocks.last().copied() {
                if matches!(top.kind, FBlockKind::ExceptionGroupHandler) {
                    return Err(self.error(
                        "'break', 'continue' and 'return' cannot appear in an except* block",
                    ));
                }
                self.pop_fblock();
                self.unwind_fblock(&top, preserve_tos)?;
            }
            finish(self)
        })();
        let u = self.unit();
        u.fblocks = saved_blocks;
        u.active = saved_handlers;
        r
    }

    /// Unwinds the blocks inside the innermost loop, then runs `finish`
    /// with that loop.
    fn unwind_to_loop(
        &mut self,
        outside_message: &str,
        finish: impl FnOnce(&mut Self, FBlock<'a>) -> CResult<()>,
    ) -> CResult<()> {
        let saved_blocks = self.unit_ref().fblocks.clone();
        let saved_handlers = self.unit_ref().active.clone();
        let r = (|| {
            loop {
                let Some(top) = self.unit_ref().fblocks.last().copied() else {
                    return Err(self.error(outside_message));
                };
                match top.kind {
                    FBlockKind::ExceptionGroupHandler => {
                        return Err(self.error(
                            "'break', 'continue' and 'return' cannot appear in an except* block",
                        ));
                    }
                    FBlockKind::WhileLoop { .. } | FBlockKind::ForLoop { .. } => {
                        return finish(self, top);
                    }
                    _ => {
                        self.pop_fblock();
                        self.unwind_fblock(&top, false)?;
                    }
                }
            }
        })();
        let u = self.unit();
        u.fblocks = saved_blocks;
        u.active = saved_handlers;
        r
    }

    /// Emits the cleanup for leaving `block` early (the value to return, if
    /// `preserve_tos`, stays on top).
    fn unwind_fblock(&mut self, block: &FBlock<'a>, preserve_tos: bool) -> CResult<()> {
        self.unit().active.truncate(block.handler_len);
        match block.kind {
            FBlockKind::WhileLoop { .. }
            | FBlockKind::TryExcept
            | FBlockKind::ExceptionGroupHandler => {}
            FBlockKind::ForLoop { .. } | FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::Pop);
            }
            FBlockKind::FinallyTry { body } => {
                if preserve_tos {
                    let len = self.handler_len();
                    self.push_fblock(FBlockKind::PopValue, len);
                }
                self.visit_body(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::Pop);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopExcept);
            }
            FBlockKind::With { is_async } => {
                let old = std::mem::replace(&mut self.unit().loc, block.loc);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.call_exit_with_nones();
                if is_async {
                    self.emit_await(2);
                }
                self.emit(Instr::Pop);
                self.restore_loc(old);
            }
            FBlockKind::HandlerCleanup { name } => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopExcept);
                if let Some(name) = name {
                    self.load_const(Constant::None);
                    self.name_op(name, NameCtx::Store)?;
                    self.name_op(name, NameCtx::Del)?;
                }
            }
        }
        Ok(())
    }

    fn call_exit_with_nones(&mut self) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Instr::Call(2));
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        let old = self.set_loc(t.range());
        let r = match t {
            Expr::Name(n) => self.name_op(&n.id, NameCtx::Del),
            Expr::Attribute(a) => {
                if &*a.attr == "__debug__" {
                    return Err(self.error("cannot delete __debug__"));
                }
                self.visit_expr(&a.value)?;
                let i = self.add_name(&a.attr);
                self.emit(Instr::DeleteAttr(i));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
                self.emit(Instr::DeleteSubscr);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                elts.iter().try_for_each(|e| self.delete_target(e))
            }
            other => Err(self.error(format!(
                "cannot delete {}",
                crate::parse::expr_kind_name(other)
            ))),
        };
        self.restore_loc(old);
        r
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let op = super::expr::binop(a.op);
        match &*a.target {
            Expr::Name(n) => {
                let old = self.set_loc(n.range);
                self.name_op(&n.id, NameCtx::Load)?;
                self.restore_loc(old);
                self.visit_expr(&a.value)?;
                self.emit(Instr::InplaceOp(op));
                let old = self.set_loc(n.range);
                self.name_op(&n.id, NameCtx::Store)?;
                self.restore_loc(old);
            }
            Expr::Attribute(t) => {
                if &*t.attr == "__debug__" {
                    return Err(self.error("cannot assign to __debug__"));
                }
                let old = self.set_loc(t.range);
                self.visit_expr(&t.value)?;
                self.emit(Instr::Copy(1));
                let i = self.add_name(&t.attr);
                self.emit(Instr::LoadAttr(i));
                self.restore_loc(old);
                self.visit_expr(&a.value)?;
                self.emit(Instr::InplaceOp(op));
                let old = self.set_loc(t.range);
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(i));
                self.restore_loc(old);
            }
            Expr::Subscript(t) => {
                let old = self.set_loc(t.range);
                self.visit_expr(&t.value)?;
                self.visit_expr(&t.slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
                self.restore_loc(old);
                self.visit_expr(&a.value)?;
                self.emit(Instr::InplaceOp(op));
                let old = self.set_loc(t.range);
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
                self.restore_loc(old);
            }
            other => {
                return Err(self.error_at(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        crate::parse::expr_kind_name(other)
                    ),
                    other.range(),
                ));
            }
        }
        Ok(())
    }

    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult<()> {
        if let Some(v) = &a.value {
            self.visit_expr(v)?;
            self.store_target(&a.target)?;
        }
        let module_or_class = matches!(self.scope_kind(), ScopeKind::Module | ScopeKind::Class);
        match &*a.target {
            Expr::Name(n) => {
                if &*n.id == "__debug__" {
                    return Err(self.error_at("cannot assign to __debug__", n.range));
                }
                if a.simple {
                    if module_or_class {
                        self.annotation_value(&a.annotation)?;
                        self.name_op("__annotations__", NameCtx::Load)?;
                        let name = mangle(self.unit_ref().private.as_deref(), &n.id).into_owned();
                        self.load_const(Constant::Str(name));
                        self.emit(Instr::StoreSubscr);
                    }
                    return Ok(());
                }
            }
            Expr::Attribute(t) if &*t.attr == "__debug__" => {
                return Err(self.error_at("cannot assign to __debug__", t.range));
            }
            Expr::Attribute(t) if a.value.is_none() => {
                self.visit_expr(&t.value)?;
                self.emit(Instr::Pop);
            }
            Expr::Subscript(t) if a.value.is_none() => {
                self.visit_expr(&t.value)?;
                self.emit(Instr::Pop);
                self.visit_expr(&t.slice)?;
                self.emit(Instr::Pop);
            }
            _ => {}
        }
        // Annotations of complex targets are evaluated, in modules and
        // classes, unless they are strings anyway.
        if !self.future_annotations && module_or_class {
            self.visit_expr(&a.annotation)?;
            self.emit(Instr::Pop);
        }
        Ok(())
    }

    fn assert_stmt(&mut self, a: &'a ast::StmtAssert) -> CResult<()> {
        if self.optimize > 0 {
            return Ok(());
        }
        let end = self.new_label();
        self.jump_if(&a.test, end, true)?;
        self.emit(Instr::LoadAssertionError);
        if let Some(msg) = &a.msg {
            self.visit_expr(msg)?;
            self.emit(Instr::Call(0));
        }
        self.emit(Instr::Raise(1));
        self.bind(end);
        Ok(())
    }

    fn import(&mut self, i: &'a ast::StmtImport) -> CResult<()> {
        for alias in &i.names {
            let old = self.set_loc(alias.range);
            self.load_const(Constant::Int(0.into()));
            self.load_const(Constant::None);
            let module = self.add_name(&alias.name);
            self.emit(Instr::ImportName(module));
            match &alias.asname {
                Some(asname) => {
                    let mut parts = alias.name.split('.').skip(1).peekable();
                    if parts.peek().is_some() {
                        while let Some(part) = parts.next() {
                            let attr = self.add_name(part);
                            self.emit(Instr::ImportFrom(attr));
                            if parts.peek().is_some() {
                                self.emit(Instr::Swap(2));
                                self.emit(Instr::Pop);
                            }
                        }
                        self.store_import_name(asname, i.range)?;
                        self.emit(Instr::Pop);
                    } else {
                        self.store_import_name(asname, i.range)?;
                    }
                }
                None => {
                    let top = alias.name.split('.').next().unwrap();
                    self.store_import_name(top, i.range)?;
                }
            }
            self.restore_loc(old);
        }
        Ok(())
    }

    fn store_import_name(&mut self, name: &str, stmt: TextRange) -> CResult<()> {
        if name == "__debug__" {
            return Err(self.error_at("cannot assign to __debug__", stmt));
        }
        self.name_op(name, NameCtx::Store)
    }

    fn import_from(&mut self, i: &'a ast::StmtImportFrom) -> CResult<()> {
        self.load_const(Constant::Int(i.level.into()));
        let star = i.names.len() == 1 && &*i.names[0].name == "*";
        if star {
            self.load_const(Constant::Tuple(vec![Constant::Str("*".into())]));
        } else {
            let names = i
                .names
                .iter()
                .map(|a| Constant::Str(a.name.to_string()))
                .collect();
            self.load_const(Constant::Tuple(names));
        }
        let module = self.add_name(i.module.as_deref().unwrap_or(""));
        self.emit(Instr::ImportName(module));
        if star {
            self.emit(Instr::ImportStar);
            return Ok(());
        }
        for alias in &i.names {
            let attr = self.add_name(&alias.name);
            self.emit(Instr::ImportFrom(attr));
            let stored = alias.asname.as_ref().unwrap_or(&alias.name);
            self.store_import_name(stored, i.range)?;
        }
        self.emit(Instr::Pop);
        Ok(())
    }

    // ----- control flow --------------------------------------------------

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult<()> {
        let end = self.new_label();
        let mut test = Some(&*i.test);
        let mut body = &i.body[..];
        let mut clauses = i.elif_else_clauses.iter();
        loop {
            let next_clause = clauses.next();
            let Some(t) = test else {
                // A final `else`.
                self.visit_body(body)?;
                break;
            };
            self.note_constant(t);
            match self.constant_truth(t) {
                Some(true) => {
                    self.visit_body(body)?;
                    // The remaining clauses are compiled for their errors
                    // only: nothing reaches them.
                    let skip = self.new_label();
                    self.jump(Instr::Jump, skip);
                    for c in next_clause.into_iter().chain(clauses.by_ref()) {
                        if let Some(t) = &c.test {
                            self.visit_expr(t)?;
                        }
                        self.visit_body(&c.body)?;
                    }
                    self.bind(skip);
                    break;
                }
                Some(false) => {
                    let skip = self.new_label();
                    self.jump(Instr::Jump, skip);
                    self.visit_body(body)?;
                    self.bind(skip);
                }
                None => {
                    let next = if next_clause.is_some() {
                        self.new_label()
                    } else {
                        end
                    };
                    self.jump_if(t, next, false)?;
                    self.visit_body(body)?;
                    if next_clause.is_some() {
                        self.jump(Instr::Jump, end);
                        self.bind(next);
                    }
                }
            }
            let Some(c) = next_clause else { break };
            let old = self.set_loc(c.range);
            self.restore_loc(old);
            test = c.test.as_ref();
            body = &c.body;
        }
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult<()> {
        let start = self.new_label();
        let anchor = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        let len = self.handler_len();
        self.push_fblock(FBlockKind::WhileLoop { start, exit }, len);
        self.note_constant(&w.test);
        match self.constant_truth(&w.test) {
            Some(true) => {}
            Some(false) => self.jump(Instr::Jump, anchor),
            None => self.jump_if(&w.test, anchor, false)?,
        }
        self.visit_body(&w.body)?;
        self.jump(Instr::Jump, start);
        self.pop_fblock();
        self.bind(anchor);
        self.visit_body(&w.orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        let start = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        self.visit_iterable(&f.iter)?;
        self.emit(Instr::GetIter);
        self.bind(start);
        let len = self.handler_len();
        self.push_fblock(FBlockKind::ForLoop { start, exit }, len);
        self.jump(Instr::ForIter, cleanup);
        self.store_target(&f.target)?;
        self.visit_body(&f.body)?;
        self.jump(Instr::Jump, start);
        self.pop_fblock();
        self.bind(cleanup);
        self.visit_body(&f.orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn check_async(&self, what: &str) -> CResult<()> {
        if !self.in_async_function() {
            return Err(self.error(format!("'{what}' outside async function")));
        }
        Ok(())
    }

    fn async_for(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        self.check_async("async for")?;
        let start = self.new_label();
        let except = self.new_label();
        let exit = self.new_label();
        self.visit_iterable(&f.iter)?;
        self.emit(Instr::GetAIter);
        self.bind(start);
        let len = self.handler_len();
        self.push_fblock(FBlockKind::ForLoop { start, exit }, len);
        self.push_handler(except, false);
        self.emit(Instr::GetANext);
        self.load_const(Constant::None);
        self.emit_send_loop();
        self.pop_handler();
        self.store_target(&f.target)?;
        self.visit_body(&f.body)?;
        self.jump(Instr::Jump, start);
        self.pop_fblock();
        self.bind(except);
        let old = self.set_loc(f.iter.range());
        self.emit(Instr::EndAsyncFor);
        self.restore_loc(old);
        self.visit_body(&f.orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn with_stmt(&mut self, w: &'a StmtWith, pos: usize) -> CResult<()> {
        if w.is_async && pos == 0 {
            self.check_async("async with")?;
        }
        let item = &w.items[pos];
        let final_ = self.new_label();
        let exit = self.new_label();
        self.visit_expr(&item.context_expr)?;
        if w.is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.emit_await(1);
        } else {
            self.emit(Instr::BeforeWith);
        }
        let len = self.handler_len();
        // [exit, enter result]: the handler keeps only `exit`.
        let depth = self.unit_ref().depth.saturating_sub(1);
        self.push_handler_at(final_, true, depth);
        self.push_fblock(
            FBlockKind::With {
                is_async: w.is_async,
            },
            len,
        );
        match &item.optional_vars {
            Some(target) => self.store_target(target)?,
            None => self.emit(Instr::Pop),
        }
        if pos + 1 == w.items.len() {
            self.visit_body(&w.body)?;
        } else {
            self.with_stmt(w, pos + 1)?;
        }
        self.pop_fblock();
        self.pop_handler();
        self.call_exit_with_nones();
        if w.is_async {
            self.emit_await(2);
        }
        self.emit(Instr::Pop);
        self.jump(Instr::Jump, exit);
        // Exceptional exit: `[exit, lasti, exc]` on arrival.
        self.bind(final_);
        let cleanup = self.new_label();
        let cleanup_handler = self.push_handler(cleanup, true);
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::WithExceptStart);
        if w.is_async {
            self.emit_await(2);
        }
        let suppress = self.new_label();
        self.jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::Reraise(2));
        self.pop_handler();
        self.pop_except_and_reraise(cleanup);
        self.resume_handler(cleanup_handler);
        self.bind(suppress);
        self.emit(Instr::Pop);
        self.pop_handler();
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.emit(Instr::Pop);
        self.bind(exit);
        Ok(())
    }

    /// The cleanup handler of an except block: `[prev_exc, lasti, exc]` on
    /// arrival; restores the previous exception and re-raises.
    fn pop_except_and_reraise(&mut self, cleanup: super::Label) {
        self.bind(cleanup);
        self.emit(Instr::Copy(3));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise(1));
    }

    fn try_finally(&mut self, t: &'a StmtTry) -> CResult<()> {
        let end = self.new_label();
        let exit = self.new_label();
        self.emit(Instr::Nop);
        let len = self.handler_len();
        self.push_handler(end, false);
        self.push_fblock(FBlockKind::FinallyTry { body: &t.finalbody }, len);
        if t.handlers.is_empty() {
            self.visit_body(&t.body)?;
        } else if t.is_star {
            self.try_star_except(t)?;
        } else {
            self.try_except(t)?;
        }
        self.pop_fblock();
        self.pop_handler();
        self.visit_body(&t.finalbody)?;
        self.jump(Instr::Jump, exit);
        // Exceptional path: `[exc]` on arrival.
        self.bind(end);
        let cleanup = self.new_label();
        let len = self.handler_len();
        self.push_handler(cleanup, true);
        self.emit(Instr::PushExcInfo);
        self.push_fblock(FBlockKind::FinallyEnd, len);
        self.visit_body(&t.finalbody)?;
        self.pop_fblock();
        self.emit(Instr::Reraise(0));
        self.pop_handler();
        self.pop_except_and_reraise(cleanup);
        self.bind(exit);
        Ok(())
    }

    fn try_except(&mut self, t: &'a StmtTry) -> CResult<()> {
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.emit(Instr::Nop);
        let len = self.handler_len();
        self.push_handler(except, false);
        self.push_fblock(FBlockKind::TryExcept, len);
        self.visit_body(&t.body)?;
        self.pop_fblock();
        self.pop_handler();
        self.visit_body(&t.orelse)?;
        self.jump(Instr::Jump, end);
        // `[exc]` on arrival; `[prev_exc, exc]` after PushExcInfo.
        self.bind(except);
        let outer = self.handler_len();
        let cleanup_handler = self.push_handler(cleanup, true);
        self.emit(Instr::PushExcInfo);
        let n = t.handlers.len();
        for (i, ExceptHandler::ExceptHandler(h)) in t.handlers.iter().enumerate() {
            let old = self.set_loc(h.range);
            if h.type_.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last"));
            }
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.visit_expr(ty)?;
                self.emit(Instr::CheckExcMatch);
                self.jump(Instr::PopJumpIfFalse, next);
            }
            match &h.name {
                Some(name) => {
                    let name: &'a str = name.as_str();
                    self.name_op(name, NameCtx::Store)?;
                    let cleanup_end = self.new_label();
                    self.push_handler(cleanup_end, true);
                    self.push_fblock(FBlockKind::HandlerCleanup { name: Some(name) }, outer);
                    self.visit_body(&h.body)?;
                    self.pop_fblock();
                    self.pop_handler();
                    self.pop_handler();
                    self.emit(Instr::PopExcept);
                    self.load_const(Constant::None);
                    self.name_op(name, NameCtx::Store)?;
                    self.name_op(name, NameCtx::Del)?;
                    self.jump(Instr::Jump, end);
                    self.resume_handler(cleanup_handler);
                    // The body raised: `[prev_exc, lasti, exc]`.
                    self.bind(cleanup_end);
                    self.load_const(Constant::None);
                    self.name_op(name, NameCtx::Store)?;
                    self.name_op(name, NameCtx::Del)?;
                    self.emit(Instr::Reraise(1));
                }
                None => {
                    self.emit(Instr::Pop);
                    self.push_fblock(FBlockKind::HandlerCleanup { name: None }, outer);
                    self.visit_body(&h.body)?;
                    self.pop_fblock();
                    self.pop_handler();
                    self.emit(Instr::PopExcept);
                    self.jump(Instr::Jump, end);
                    self.resume_handler(cleanup_handler);
                }
            }
            self.bind(next);
            self.restore_loc(old);
        }
        self.emit(Instr::Reraise(0));
        self.pop_handler();
        self.pop_except_and_reraise(cleanup);
        self.bind(end);
        Ok(())
    }

    /// `try`/`except*`, laid out as CPython 3.11 does: the handlers work on
    /// `[prev_exc, orig, raised_list, rest]`, each `CheckEgMatch` splitting
    /// `rest`, and `PrepReraiseStar` combines what is left to re-raise.
    fn try_star_except(&mut self, t: &'a StmtTry) -> CResult<()> {
        let except = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        self.emit(Instr::Nop);
        let len = self.handler_len();
        self.push_handler(except, false);
        self.push_fblock(FBlockKind::TryExcept, len);
        self.visit_body(&t.body)?;
        self.pop_fblock();
        self.pop_handler();
        self.jump(Instr::Jump, orelse);
        self.bind(except);
        let outer = self.handler_len();
        self.push_handler(cleanup, true);
        self.emit(Instr::PushExcInfo);
        self.push_fblock(FBlockKind::ExceptionGroupHandler, outer);
        let n = t.handlers.len();
        for (i, ExceptHandler::ExceptHandler(h)) in t.handlers.iter().enumerate() {
            let old = self.set_loc(h.range);
            if i == 0 {
                // [prev, exc] -> [prev, orig, [], rest]
                self.emit(Instr::Copy(1));
                self.emit(Instr::BuildList(0));
                self.emit(Instr::Swap(2));
            }
            let next = self.new_label();
            let no_match = self.new_label();
            if let Some(ty) = &h.type_ {
                self.visit_expr(ty)?;
                self.emit(Instr::CheckEgMatch);
                self.emit(Instr::Copy(1));
                self.jump(Instr::PopJumpIfNone, no_match);
            }
            let name: Option<&'a str> = h.name.as_ref().map(|n| n.as_str());
            match name {
                Some(name) => self.name_op(name, NameCtx::Store)?,
                None => self.emit(Instr::Pop),
            }
            let cleanup_end = self.new_label();
            self.push_handler(cleanup_end, true);
            self.push_fblock(FBlockKind::HandlerCleanup { name }, outer);
            self.visit_body(&h.body)?;
            self.pop_fblock();
            self.pop_handler();
            if let Some(name) = name {
                self.load_const(Constant::None);
                self.name_op(name, NameCtx::Store)?;
                self.name_op(name, NameCtx::Del)?;
            }
            self.jump(Instr::Jump, next);
            // The body raised: `[prev, orig, list, rest, lasti, raised]`.
            self.bind(cleanup_end);
            if let Some(name) = name {
                self.load_const(Constant::None);
                self.name_op(name, NameCtx::Store)?;
                self.name_op(name, NameCtx::Del)?;
            }
            self.emit(Instr::ListAppend(3));
            self.emit(Instr::Pop);
            self.jump(Instr::Jump, next);
            self.bind(no_match);
            self.emit(Instr::Pop);
            self.bind(next);
            if i + 1 == n {
                self.emit(Instr::ListAppend(1));
                self.jump(Instr::Jump, reraise_star);
            }
            self.restore_loc(old);
        }
        self.pop_fblock();
        let reraise = self.new_label();
        self.bind(reraise_star);
        self.emit(Instr::PrepReraiseStar);
        self.emit(Instr::Copy(1));
        self.jump(Instr::PopJumpIfNotNone, reraise);
        self.emit(Instr::Pop);
        self.pop_handler();
        self.emit(Instr::PopExcept);
        self.jump(Instr::Jump, end);
        self.bind(reraise);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise(0));
        self.pop_except_and_reraise(cleanup);
        self.bind(orelse);
        self.visit_body(&t.orelse)?;
        self.bind(end);
        Ok(())
    }
}
