//! Expressions, assignment targets, calls, comprehensions and f-strings.

use ruff_python_ast::{
    self as ast, BoolOp, Comprehension, ConversionFlag, Expr, ExprContext, InterpolatedElement,
    InterpolatedStringElement, Keyword, Operator,
};
use ruff_text_size::{Ranged, TextRange};

use super::{Compiler, Label, NameCtx};
use crate::bytecode::{BinOp, CmpOp, Constant, Instr, UnaryOp};
use crate::error::CResult;
use crate::symtable::{CompKind, ScopeKind};

/// Past this many items, displays and calls are built incrementally, as
/// CPython does, to bound the stack depth.
const STACK_USE_GUIDELINE: usize = 30;

pub(super) fn binop(op: Operator) -> BinOp {
    match op {
        Operator::Add => BinOp::Add,
        Operator::Sub => BinOp::Subtract,
        Operator::Mult => BinOp::Multiply,
        Operator::MatMult => BinOp::MatrixMultiply,
        Operator::Div => BinOp::TrueDivide,
        Operator::Mod => BinOp::Remainder,
        Operator::Pow => BinOp::Power,
        Operator::LShift => BinOp::Lshift,
        Operator::RShift => BinOp::Rshift,
        Operator::BitOr => BinOp::Or,
        Operator::BitXor => BinOp::Xor,
        Operator::BitAnd => BinOp::And,
        Operator::FloorDiv => BinOp::FloorDivide,
    }
}

fn conversion_bits(c: ConversionFlag) -> u32 {
    match c {
        ConversionFlag::None => 0,
        ConversionFlag::Str => 1,
        ConversionFlag::Repr => 2,
        ConversionFlag::Ascii => 3,
    }
}

/// A piece of an f-string after merging adjacent literal text.
enum FPart<'a> {
    Text(String),
    Field {
        value: &'a Expr,
        /// `FormatValue`'s conversion bits.
        conversion: u32,
        spec: Option<FSpec<'a>>,
    },
}

enum FSpec<'a> {
    Elements(&'a [InterpolatedStringElement]),
    Text(String),
}

fn push_text(parts: &mut Vec<FPart>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(FPart::Text(t)) = parts.last_mut() {
        t.push_str(text);
    } else {
        parts.push(FPart::Text(text.to_string()));
    }
}

fn collect_fstring<'a>(elements: &'a [InterpolatedStringElement], parts: &mut Vec<FPart<'a>>) {
    for el in elements {
        match el {
            InterpolatedStringElement::Literal(l) => push_text(parts, &l.value),
            InterpolatedStringElement::Interpolation(i) => {
                let f = field(i, parts);
                parts.push(f);
            }
        }
    }
}

/// An interpolation; `f"{x=}"` adds its text and defaults to `!r`.
fn field<'a>(i: &'a InterpolatedElement, parts: &mut Vec<FPart<'a>>) -> FPart<'a> {
    let mut conversion = conversion_bits(i.conversion);
    if let Some(debug) = &i.debug_text {
        push_text(parts, debug.as_str());
        if i.conversion == ConversionFlag::None && i.format_spec.is_none() {
            conversion = 2;
        }
    }
    FPart::Field {
        value: &i.expression,
        conversion,
        spec: i.format_spec.as_ref().map(|s| FSpec::Elements(&s.elements)),
    }
}

impl<'a> Compiler<'a> {
    pub(super) fn visit_expr(&mut self, e: &'a Expr) -> CResult<()> {
        self.visit_expr_at(e, e.range())
    }

    /// Compiles `e` with its instructions located at `range`.
    fn visit_expr_at(&mut self, e: &'a Expr, range: TextRange) -> CResult<()> {
        self.nest(range, |c| {
            let old = c.set_loc(range);
            let r = c.visit_expr_inner(e);
            c.restore_loc(old);
            r
        })
    }

    /// A call argument. A generator expression that is the sole argument
    /// borrows the call's parentheses, and CPython locates it there.
    fn visit_arg(&mut self, e: &'a Expr, arguments: &'a ast::Arguments) -> CResult<()> {
        match e {
            Expr::Generator(g) if !g.parenthesized => self.visit_expr_at(e, arguments.range),
            _ => self.visit_expr(e),
        }
    }

    fn visit_expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        if let Some(c) = self.constant_value(e) {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let jump = match b.op {
                    BoolOp::And => Instr::JumpIfFalseOrPop,
                    BoolOp::Or => Instr::JumpIfTrueOrPop,
                };
                let (last, rest) = b.values.split_last().unwrap();
                for v in rest {
                    // A constant operand either decides the result or is
                    // skipped (CPython folds the jump).
                    if let Some(truth) = self.constant_truth(v) {
                        if truth == (b.op == BoolOp::And) {
                            self.note_constant(v);
                            continue;
                        }
                        self.visit_expr(v)?;
                        self.jump(Instr::Jump, end);
                        continue;
                    }
                    self.visit_expr(v)?;
                    self.jump(jump, end);
                }
                self.visit_expr(last)?;
                self.bind(end);
            }
            Expr::Named(n) => {
                self.visit_expr(&n.value)?;
                self.emit(Instr::Copy(1));
                self.store_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                if self.percent_format(b)? {
                    return Ok(());
                }
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
                self.emit(Instr::BinaryOp(binop(b.op)));
            }
            Expr::UnaryOp(u) => {
                self.visit_expr(&u.operand)?;
                self.emit(Instr::Unary(match u.op {
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::UAdd => UnaryOp::Positive,
                    ast::UnaryOp::USub => UnaryOp::Negative,
                }));
            }
            Expr::Lambda(l) => self.lambda(e, l)?,
            Expr::If(i) => {
                let next = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, next, false)?;
                self.visit_expr(&i.body)?;
                self.jump(Instr::Jump, end);
                self.bind(next);
                self.visit_expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.dict(d)?,
            Expr::Set(s) => self.sequence(&s.elts, 0, SeqKind::Set)?,
            Expr::ListComp(c) => {
                self.comprehension(e, CompKind::List, &c.generators, &c.elt, None)?
            }
            Expr::SetComp(c) => {
                self.comprehension(e, CompKind::Set, &c.generators, &c.elt, None)?
            }
            Expr::DictComp(c) => {
                let key = c.key.as_deref().ok_or_else(|| {
                    self.error("dict unpacking cannot be used in dict comprehension")
                })?;
                self.comprehension(e, CompKind::Dict, &c.generators, key, Some(&c.value))?
            }
            Expr::Generator(g) => {
                self.comprehension(e, CompKind::Generator, &g.generators, &g.elt, None)?
            }
            Expr::Await(a) => {
                if !self.scope_kind().is_function_like() {
                    return Err(self.error("'await' outside function"));
                }
                if !self.in_async_function()
                    && !matches!(self.scope_kind(), ScopeKind::Comprehension(_))
                {
                    return Err(self.error("'await' outside async function"));
                }
                self.visit_expr(&a.value)?;
                self.emit_await(0);
            }
            Expr::Yield(y) => {
                if !self.scope_kind().is_function_like() {
                    return Err(self.error("'yield' outside function"));
                }
                match &y.value {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit_yield();
            }
            Expr::YieldFrom(y) => {
                if !self.scope_kind().is_function_like() {
                    return Err(self.error("'yield' outside function"));
                }
                if self.in_async_function() {
                    return Err(self.error("'yield from' inside async function"));
                }
                self.visit_expr(&y.value)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Constant::None);
                self.emit_send_loop();
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FString(f) => {
                let mut parts = Vec::new();
                for part in f.value.iter() {
                    match part {
                        ast::FStringPart::Literal(l) => push_text(&mut parts, &l.value),
                        ast::FStringPart::FString(fs) => collect_fstring(&fs.elements, &mut parts),
                    }
                }
                self.joined_string(parts)?;
            }
            Expr::Attribute(a) => match a.ctx {
                ExprContext::Load => {
                    self.visit_expr(&a.value)?;
                    let old = self.attr_loc(a);
                    let i = self.add_name(&a.attr);
                    self.emit(Instr::LoadAttr(i));
                    self.restore_loc(old);
                }
                ExprContext::Store => self.store_target(e)?,
                _ => return Err(self.error("invalid syntax")),
            },
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
                self.emit(Instr::BinarySubscr);
            }
            Expr::Starred(_) => return Err(self.error("can't use starred expression here")),
            Expr::Name(n) => self.name_op(&n.id, NameCtx::Load)?,
            Expr::List(l) => self.sequence(&l.elts, 0, SeqKind::List)?,
            Expr::Tuple(t) => self.sequence(&t.elts, 0, SeqKind::Tuple)?,
            Expr::Slice(s) => {
                let mut n = 2;
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(v) => self.visit_expr(v)?,
                        None => self.load_const(Constant::None),
                    }
                }
                if let Some(step) = &s.step {
                    self.visit_expr(step)?;
                    n = 3;
                }
                self.emit(Instr::BuildSlice(n));
            }
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => unreachable!("constants are loaded above"),
            Expr::TString(_) | Expr::IpyEscapeCommand(_) => {
                return Err(self.error("invalid syntax"));
            }
        }
        Ok(())
    }

    /// True in the body of an `async def`.
    pub(super) fn in_async_function(&self) -> bool {
        let scope = &self.table.scopes[self.unit_ref().scope];
        scope.kind == ScopeKind::Function && scope.is_async_def
    }

    fn emit_yield(&mut self) {
        let scope = &self.table.scopes[self.unit_ref().scope];
        if scope.is_generator && scope.is_coroutine {
            self.emit(Instr::AsyncGenWrap);
        }
        self.emit(Instr::YieldValue);
    }

    /// CPython 3.11 points attribute loads and method calls at the
    /// attribute name when it is on a later line than the expression start.
    fn attr_loc(&mut self, a: &ast::ExprAttribute) -> crate::bytecode::Location {
        let old = self.unit_ref().loc;
        let end = self.location(a.range);
        if old.line != end.end_line {
            let len = a.attr.len() as u32;
            let u = self.unit();
            u.loc.line = end.end_line;
            u.loc.col = end.end_col.saturating_sub(len);
            u.loc.end_line = u.loc.end_line.max(u.loc.line);
            if u.loc.line == u.loc.end_line {
                u.loc.end_col = u.loc.end_col.max(u.loc.col);
            }
        }
        old
    }

    // ----- targets -------------------------------------------------------

    /// Stores the value on top of the stack into an assignment target.
    pub(super) fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        let old = self.set_loc(t.range());
        let r = self.store_target_inner(t);
        self.restore_loc(old);
        r
    }

    fn store_target_inner(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.name_op(&n.id, NameCtx::Store),
            Expr::Attribute(a) => {
                if &*a.attr == "__debug__" {
                    return Err(self.error("cannot assign to __debug__"));
                }
                self.visit_expr(&a.value)?;
                let i = self.add_name(&a.attr);
                self.emit(Instr::StoreAttr(i));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
                self.emit(Instr::StoreSubscr);
                Ok(())
            }
            Expr::Starred(_) => {
                Err(self.error("starred assignment target must be in a list or tuple"))
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack(elts)?;
                for elt in elts {
                    match elt {
                        Expr::Starred(s) => self.store_target(&s.value)?,
                        other => self.store_target(other)?,
                    }
                }
                Ok(())
            }
            other => Err(self.error(format!(
                "cannot assign to {}",
                crate::parse::expr_kind_name(other)
            ))),
        }
    }

    /// `UnpackSequence` or `UnpackEx` for a target list.
    fn unpack(&mut self, elts: &[Expr]) -> CResult<()> {
        let n = elts.len();
        let mut star = None;
        for (i, elt) in elts.iter().enumerate() {
            if elt.is_starred_expr() {
                if star.is_some() {
                    return Err(self.error("multiple starred expressions in assignment"));
                }
                if i >= 1 << 8 || n - i > (i32::MAX as usize) >> 8 {
                    return Err(self.error("too many expressions in star-unpacking assignment"));
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => self.emit(Instr::UnpackEx((i | ((n - i - 1) << 8)) as u32)),
            None => self.emit(Instr::UnpackSequence(n as u32)),
        }
        Ok(())
    }

    // ----- conditions ----------------------------------------------------

    /// Jumps to `target` if `e` is true (`cond`) or false (`!cond`);
    /// `not`, `and`, `or`, conditional and chained comparisons branch
    /// directly instead of materializing a bool.
    pub(super) fn jump_if(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult<()> {
        // The branches are located at the statement, except that after a
        // comparison they take its location (CPython 3.11 leaves it set).
        let old = self.unit_ref().loc;
        let r = self.jump_if_inner(e, target, cond);
        self.restore_loc(old);
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult<()> {
        if let Some(truth) = self.constant_truth(e) {
            self.note_constant(e);
            if truth == cond {
                self.jump(Instr::Jump, target);
            }
            return Ok(());
        }
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                self.jump_if_inner(&u.operand, target, !cond)
            }
            Expr::BoolOp(b) => {
                let is_or = b.op == BoolOp::Or;
                let next = if is_or != cond {
                    self.new_label()
                } else {
                    target
                };
                let (last, rest) = b.values.split_last().unwrap();
                for v in rest {
                    self.jump_if_inner(v, next, is_or)?;
                }
                self.jump_if_inner(last, target, cond)?;
                if next != target {
                    self.bind(next);
                }
                Ok(())
            }
            Expr::If(i) => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if_inner(&i.test, next, false)?;
                self.jump_if_inner(&i.body, target, cond)?;
                self.jump(Instr::Jump, end);
                self.bind(next);
                self.jump_if_inner(&i.orelse, target, cond)?;
                self.bind(end);
                Ok(())
            }
            // `x is None` branches without loading None.
            Expr::Compare(c)
                if c.ops.len() == 1
                    && matches!(c.ops[0], ast::CmpOp::Is | ast::CmpOp::IsNot)
                    && c.comparators[0].is_none_literal_expr() =>
            {
                self.set_loc(e.range());
                self.visit_expr(&c.left)?;
                self.add_const(Constant::None);
                let jump_when_none = cond != (c.ops[0] == ast::CmpOp::IsNot);
                self.jump(
                    if jump_when_none {
                        Instr::PopJumpIfNone
                    } else {
                        Instr::PopJumpIfNotNone
                    },
                    target,
                );
                Ok(())
            }
            Expr::Compare(c) if c.ops.len() > 1 => {
                self.set_loc(e.range());
                let cleanup = self.new_label();
                let end = self.new_label();
                self.visit_expr(&c.left)?;
                let n = c.ops.len() - 1;
                for i in 0..n {
                    self.visit_expr(&c.comparators[i])?;
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::Copy(2));
                    self.compare_op(c.ops[i]);
                    self.jump(Instr::PopJumpIfFalse, cleanup);
                }
                self.visit_comparator(c, n)?;
                self.compare_op(c.ops[n]);
                self.jump(
                    if cond {
                        Instr::PopJumpIfTrue
                    } else {
                        Instr::PopJumpIfFalse
                    },
                    target,
                );
                self.jump(Instr::Jump, end);
                self.bind(cleanup);
                self.emit(Instr::Pop);
                if !cond {
                    self.jump(Instr::Jump, target);
                }
                self.bind(end);
                Ok(())
            }
            _ => {
                self.visit_expr(e)?;
                if e.is_compare_expr() {
                    self.set_loc(e.range());
                }
                self.jump(
                    if cond {
                        Instr::PopJumpIfTrue
                    } else {
                        Instr::PopJumpIfFalse
                    },
                    target,
                );
                Ok(())
            }
        }
    }

    fn compare_op(&mut self, op: ast::CmpOp) {
        self.emit(match op {
            ast::CmpOp::Eq => Instr::Compare(CmpOp::Eq),
            ast::CmpOp::NotEq => Instr::Compare(CmpOp::Ne),
            ast::CmpOp::Lt => Instr::Compare(CmpOp::Lt),
            ast::CmpOp::LtE => Instr::Compare(CmpOp::Le),
            ast::CmpOp::Gt => Instr::Compare(CmpOp::Gt),
            ast::CmpOp::GtE => Instr::Compare(CmpOp::Ge),
            ast::CmpOp::Is => Instr::IsOp(0),
            ast::CmpOp::IsNot => Instr::IsOp(1),
            ast::CmpOp::In => Instr::ContainsOp(0),
            ast::CmpOp::NotIn => Instr::ContainsOp(1),
        });
    }

    /// The `i`-th right operand; the last one of `in`/`not in` is only
    /// searched.
    fn visit_comparator(&mut self, c: &'a ast::ExprCompare, i: usize) -> CResult<()> {
        if i + 1 == c.ops.len() && matches!(c.ops[i], ast::CmpOp::In | ast::CmpOp::NotIn) {
            self.visit_iterable(&c.comparators[i])
        } else {
            self.visit_expr(&c.comparators[i])
        }
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult<()> {
        self.visit_expr(&c.left)?;
        let n = c.ops.len() - 1;
        if n == 0 {
            self.visit_comparator(c, 0)?;
            self.compare_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            self.visit_expr(&c.comparators[i])?;
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.compare_op(c.ops[i]);
            self.jump(Instr::JumpIfFalseOrPop, cleanup);
        }
        self.visit_comparator(c, n)?;
        self.compare_op(c.ops[n]);
        self.jump(Instr::Jump, end);
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::Pop);
        self.bind(end);
        Ok(())
    }

    /// An iterable that is only iterated (`for`, comprehensions) or
    /// searched (`in`): CPython's AST optimizer makes a list literal a
    /// tuple and a constant set a frozenset.
    pub(super) fn visit_iterable(&mut self, e: &'a Expr) -> CResult<()> {
        match e {
            Expr::List(l) if !l.elts.iter().any(|e| e.is_starred_expr()) => {
                let old = self.set_loc(e.range());
                let consts: Option<Vec<Constant>> =
                    l.elts.iter().map(|e| self.constant_value(e)).collect();
                let r = match consts {
                    Some(values) => {
                        self.load_const(Constant::Tuple(values));
                        Ok(())
                    }
                    None => self.sequence(&l.elts, 0, SeqKind::Tuple),
                };
                self.restore_loc(old);
                r
            }
            Expr::Set(set) => {
                let consts: Option<Vec<Constant>> =
                    set.elts.iter().map(|e| self.constant_value(e)).collect();
                match consts {
                    Some(values) => {
                        let old = self.set_loc(e.range());
                        self.load_const(super::fold::frozenset(values));
                        self.restore_loc(old);
                        Ok(())
                    }
                    None => self.visit_expr(e),
                }
            }
            _ => self.visit_expr(e),
        }
    }

    // ----- displays ------------------------------------------------------

    /// Lists, tuples, sets and call argument lists, with `pushed` items
    /// already on the stack that belong at the front.
    fn sequence(&mut self, elts: &'a [Expr], pushed: u32, kind: SeqKind) -> CResult<()> {
        let (build, add, extend) = match kind {
            SeqKind::List | SeqKind::Tuple => (
                Instr::BuildList as fn(u32) -> Instr,
                Instr::ListAppend as fn(u32) -> Instr,
                Instr::ListExtend as fn(u32) -> Instr,
            ),
            SeqKind::Set => (
                Instr::BuildSet as fn(u32) -> Instr,
                Instr::SetAdd as fn(u32) -> Instr,
                Instr::SetUpdate as fn(u32) -> Instr,
            ),
        };
        let tuple = kind == SeqKind::Tuple;
        let n = elts.len();
        if n > 2 {
            let consts: Option<Vec<Constant>> =
                elts.iter().map(|e| self.constant_value(e)).collect();
            if let Some(values) = consts {
                if tuple && pushed == 0 {
                    self.load_const(Constant::Tuple(values));
                } else {
                    self.emit(build(pushed));
                    self.load_const(if kind == SeqKind::Set {
                        super::fold::frozenset(values)
                    } else {
                        Constant::Tuple(values)
                    });
                    self.emit(extend(1));
                    if tuple {
                        self.emit(Instr::ListToTuple);
                    }
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let has_star = elts.iter().any(|e| e.is_starred_expr());
        if tuple && pushed == 0 && !has_star {
            // CPython's peephole pass folds a short `BuildTuple` of
            // constants (call arguments, iterables turned into tuples).
            let consts: Option<Vec<Constant>> =
                elts.iter().map(|e| self.constant_value(e)).collect();
            if let Some(values) = consts {
                let ranges: Vec<TextRange> = elts.iter().map(|e| e.range()).collect();
                self.load_folded_tuple(values, &ranges);
                return Ok(());
            }
        }
        if !has_star && !big {
            for e in elts {
                self.visit_expr(e)?;
            }
            let count = n as u32 + pushed;
            self.emit(if tuple {
                Instr::BuildTuple(count)
            } else {
                build(count)
            });
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build(pushed));
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let Expr::Starred(s) = e {
                if !built {
                    self.emit(build(i as u32 + pushed));
                    built = true;
                }
                self.visit_expr(&s.value)?;
                self.emit(extend(1));
            } else {
                self.visit_expr(e)?;
                if built {
                    self.emit(add(1));
                }
            }
        }
        if tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict) -> CResult<()> {
        let mut have_dict = false;
        let mut run_start = 0;
        let items = &d.items;
        let mut i = 0;
        while i < items.len() {
            if items[i].key.is_none() {
                if i > run_start {
                    self.dict_items(&items[run_start..i])?;
                    if have_dict {
                        self.emit(Instr::DictUpdate(1));
                    }
                    have_dict = true;
                }
                if !have_dict {
                    self.emit(Instr::BuildMap(0));
                    have_dict = true;
                }
                self.visit_expr(&items[i].value)?;
                self.emit(Instr::DictUpdate(1));
                run_start = i + 1;
            } else if (i - run_start) * 2 > STACK_USE_GUIDELINE {
                self.dict_items(&items[run_start..=i])?;
                if have_dict {
                    self.emit(Instr::DictUpdate(1));
                }
                have_dict = true;
                run_start = i + 1;
            }
            i += 1;
        }
        if items.len() > run_start {
            self.dict_items(&items[run_start..])?;
            if have_dict {
                self.emit(Instr::DictUpdate(1));
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Instr::BuildMap(0));
        }
        Ok(())
    }

    /// A run of `key: value` items as one new dict.
    fn dict_items(&mut self, items: &'a [ast::DictItem]) -> CResult<()> {
        let n = items.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            let keys: Option<Vec<Constant>> = items
                .iter()
                .map(|it| it.key.as_ref().and_then(|k| self.constant_value(k)))
                .collect();
            if let Some(keys) = keys {
                for it in items {
                    self.visit_expr(&it.value)?;
                }
                self.load_const(Constant::Tuple(keys));
                self.emit(Instr::BuildConstKeyMap(n as u32));
                return Ok(());
            }
        }
        if big {
            self.emit(Instr::BuildMap(0));
        }
        for it in items {
            self.visit_expr(it.key.as_ref().unwrap())?;
            self.visit_expr(&it.value)?;
            if big {
                self.emit(Instr::MapAdd(1));
            }
        }
        if !big {
            self.emit(Instr::BuildMap(n as u32));
        }
        Ok(())
    }

    // ----- calls ---------------------------------------------------------

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult<()> {
        if self.method_call(c)? {
            return Ok(());
        }
        self.emit(Instr::PushNull);
        self.visit_expr(&c.func)?;
        self.call_helper(0, &c.arguments)
    }

    /// `obj.meth(args)` without a bound method: `LoadMethod` then `Call`.
    fn method_call(&mut self, c: &'a ast::ExprCall) -> CResult<bool> {
        let Expr::Attribute(meth) = &*c.func else {
            return Ok(false);
        };
        let args = &c.arguments.args;
        let kws = &c.arguments.keywords;
        if meth.ctx != ExprContext::Load
            || args.len() + kws.len() + (!kws.is_empty()) as usize >= STACK_USE_GUIDELINE
            || args.iter().any(|a| a.is_starred_expr())
            || kws.iter().any(|k| k.arg.is_none())
        {
            return Ok(false);
        }
        self.validate_keywords(kws)?;
        self.visit_expr(&meth.value)?;
        // The method load is located at the attribute, the call at the call.
        let old = self.set_loc(meth.range);
        self.attr_loc(meth);
        let i = self.add_name(&meth.attr);
        self.emit(Instr::LoadMethod(i));
        self.restore_loc(old);
        for a in args.iter() {
            self.visit_arg(a, &c.arguments)?;
        }
        for k in kws.iter() {
            self.visit_expr(&k.value)?;
        }
        let old = self.attr_loc(meth);
        self.emit_call(args.len(), kws);
        self.restore_loc(old);
        Ok(true)
    }

    /// `Call` or `CallKw` for positional arguments and named keywords on
    /// the stack.
    fn emit_call(&mut self, nargs: usize, kws: &[Keyword]) {
        let argc = (nargs + kws.len()) as u32;
        if kws.is_empty() {
            self.emit(Instr::Call(argc));
        } else {
            let names = kws
                .iter()
                .map(|k| Constant::Str(k.arg.as_ref().unwrap().to_string()))
                .collect();
            self.load_const(Constant::Tuple(names));
            self.emit(Instr::CallKw(argc));
        }
    }

    /// Keyword names may not repeat or be `__debug__`.
    fn validate_keywords(&self, kws: &[Keyword]) -> CResult<()> {
        for (i, k) in kws.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if &**name == "__debug__" {
                return Err(self.error("cannot assign to __debug__"));
            }
            if let Some(dup) = kws[i + 1..]
                .iter()
                .find(|o| o.arg.as_ref().is_some_and(|a| a.as_str() == name.as_str()))
            {
                return Err(self.error_at(format!("keyword argument repeated: {name}"), dup.range));
            }
        }
        Ok(())
    }

    /// Pushes the arguments and calls; `pushed` positional values (a class
    /// body function and name) are already on the stack.
    pub(super) fn call_helper(
        &mut self,
        pushed: u32,
        arguments: &'a ast::Arguments,
    ) -> CResult<()> {
        let args = &arguments.args[..];
        let kws = &arguments.keywords[..];
        self.validate_keywords(kws)?;
        let simple = args.len() + kws.len() * 2 <= STACK_USE_GUIDELINE
            && !args.iter().any(|a| a.is_starred_expr())
            && !kws.iter().any(|k| k.arg.is_none());
        if simple {
            for a in args {
                self.visit_arg(a, arguments)?;
            }
            for k in kws {
                self.visit_expr(&k.value)?;
            }
            self.emit_call(pushed as usize + args.len(), kws);
            return Ok(());
        }
        // Positional arguments as one tuple (or the lone `*iterable`).
        match args {
            [Expr::Starred(s)] if pushed == 0 => self.visit_expr(&s.value)?,
            _ => self.sequence(args, pushed, SeqKind::Tuple)?,
        }
        if !kws.is_empty() {
            let mut have_dict = false;
            let mut run_start = 0;
            for (i, k) in kws.iter().enumerate() {
                if k.arg.is_none() {
                    if i > run_start {
                        self.keyword_dict(&kws[run_start..i])?;
                        if have_dict {
                            self.emit(Instr::DictMerge(1));
                        }
                        have_dict = true;
                    }
                    if !have_dict {
                        self.emit(Instr::BuildMap(0));
                        have_dict = true;
                    }
                    self.visit_expr(&k.value)?;
                    self.emit(Instr::DictMerge(1));
                    run_start = i + 1;
                }
            }
            if kws.len() > run_start {
                self.keyword_dict(&kws[run_start..])?;
                if have_dict {
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.emit(Instr::CallEx(!kws.is_empty() as u32));
        Ok(())
    }

    /// A run of named keyword arguments as one new dict.
    fn keyword_dict(&mut self, kws: &'a [Keyword]) -> CResult<()> {
        let n = kws.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        let name = |k: &Keyword| Constant::Str(k.arg.as_ref().unwrap().to_string());
        if n > 1 && !big {
            for k in kws {
                self.visit_expr(&k.value)?;
            }
            self.load_const(Constant::Tuple(kws.iter().map(name).collect()));
            self.emit(Instr::BuildConstKeyMap(n as u32));
            return Ok(());
        }
        if big {
            self.emit(Instr::BuildMap(0));
        }
        for k in kws {
            self.load_const(name(k));
            self.visit_expr(&k.value)?;
            if big {
                self.emit(Instr::MapAdd(1));
            }
        }
        if !big {
            self.emit(Instr::BuildMap(n as u32));
        }
        Ok(())
    }

    // ----- f-strings -----------------------------------------------------

    fn joined_string(&mut self, parts: Vec<FPart<'a>>) -> CResult<()> {
        if let [FPart::Text(t)] = parts.as_slice() {
            self.load_const(Constant::Str(t.clone()));
            return Ok(());
        }
        if parts.len() > STACK_USE_GUIDELINE {
            self.load_const(Constant::Str(String::new()));
            let join = self.add_name("join");
            self.emit(Instr::LoadMethod(join));
            self.emit(Instr::BuildList(0));
            for p in &parts {
                self.fstring_part(p)?;
                self.emit(Instr::ListAppend(1));
            }
            self.emit(Instr::Call(1));
            return Ok(());
        }
        for p in &parts {
            self.fstring_part(p)?;
        }
        if parts.len() != 1 {
            self.emit(Instr::BuildString(parts.len() as u32));
        }
        Ok(())
    }

    fn fstring_part(&mut self, p: &FPart<'a>) -> CResult<()> {
        match p {
            FPart::Text(t) => {
                self.load_const(Constant::Str(t.clone()));
            }
            FPart::Field {
                value,
                conversion,
                spec,
            } => {
                self.visit_expr(value)?;
                let mut flags = *conversion;
                match spec {
                    Some(FSpec::Elements(elements)) => {
                        let mut parts = Vec::new();
                        collect_fstring(elements, &mut parts);
                        self.joined_string(parts)?;
                        flags |= 4;
                    }
                    Some(FSpec::Text(t)) => {
                        self.load_const(Constant::Str(t.clone()));
                        flags |= 4;
                    }
                    None => {}
                }
                self.emit(Instr::FormatValue(flags));
            }
        }
        Ok(())
    }

    /// `'%s-%r' % (a, b)` as the f-string `f'{a!s}-{b!r}'`, as CPython's
    /// AST optimizer does; false if the format is not that simple.
    fn percent_format(&mut self, b: &'a ast::ExprBinOp) -> CResult<bool> {
        let (Some(Constant::Str(fmt)), Expr::Tuple(args)) =
            (self.constant_value(&b.left), &*b.right)
        else {
            return Ok(false);
        };
        // A constant tuple is folded first, and then not formatted.
        if b.op != Operator::Mod
            || args.elts.iter().any(|e| e.is_starred_expr())
            || self.constant_value(&b.right).is_some()
        {
            return Ok(false);
        }
        let Some(pieces) = super::fold::percent_format(&fmt, args.elts.len()) else {
            return Ok(false);
        };
        let parts = pieces
            .into_iter()
            .map(|p| match p {
                super::fold::FormatPiece::Text(t) => FPart::Text(t),
                super::fold::FormatPiece::Field {
                    arg,
                    conversion,
                    spec,
                } => FPart::Field {
                    value: &args.elts[arg],
                    conversion,
                    spec: spec.map(FSpec::Text),
                },
            })
            .collect();
        self.joined_string(parts)?;
        Ok(true)
    }

    // ----- functions -----------------------------------------------------

    fn lambda(&mut self, e: &'a Expr, l: &'a ast::ExprLambda) -> CResult<()> {
        let empty = ast::Parameters::default();
        let params = l.parameters.as_deref().unwrap_or(&empty);
        self.check_debug_params(params)?;
        let flags = match &l.parameters {
            Some(p) => self.default_args(p)?,
            None => 0,
        };
        let scope = self.table.scope_for(e);
        let first_line = self.location(l.range).line;
        let private = self.unit_ref().private.clone();
        self.enter_unit(scope, "<lambda>".into(), first_line, private);
        self.set_arg_counts(params);
        // None first, so a lambda never has a docstring.
        self.add_const(Constant::None);
        self.visit_expr(&l.body)?;
        self.emit(Instr::ReturnValue);
        let code = self.leave_unit();
        self.make_function(code, flags);
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let scope = self.table.scope_for(e);
        let outer_ok =
            self.in_async_function() || matches!(self.scope_kind(), ScopeKind::Comprehension(_));
        // The location may be the call's parentheses (see `visit_arg`).
        let first_line = self.unit_ref().loc.line;
        let private = self.unit_ref().private.clone();
        self.enter_unit(scope, kind.scope_name().into(), first_line, private);
        self.unit().argcount = 1;
        let is_async = self.table.scopes[scope].is_coroutine;
        if is_async && kind != CompKind::Generator && !outer_ok {
            return Err(
                self.error("asynchronous comprehension outside of an asynchronous function")
            );
        }
        match kind {
            CompKind::List => self.emit(Instr::BuildList(0)),
            CompKind::Set => self.emit(Instr::BuildSet(0)),
            CompKind::Dict => self.emit(Instr::BuildMap(0)),
            CompKind::Generator => {}
        }
        self.comprehension_loop(generators, 0, 0, elt, value, kind)?;
        if kind == CompKind::Generator {
            self.return_none();
        } else {
            self.emit(Instr::ReturnValue);
        }
        let code = self.leave_unit();
        self.make_function(code, 0);
        self.visit_iterable(&generators[0].iter)?;
        self.emit(if generators[0].is_async {
            Instr::GetAIter
        } else {
            Instr::GetIter
        });
        self.emit(Instr::Call(0));
        if is_async && kind != CompKind::Generator {
            self.emit_await(0);
        }
        Ok(())
    }

    /// One `for` clause of a comprehension and, nested in it, the rest;
    /// `depth` counts the iterators on the stack above the result.
    fn comprehension_loop(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult<()> {
        let generator = &generators[index];
        let if_cleanup = self.new_label();
        let mut depth = depth;
        let mut looping: Option<(Label, Label)> = None;
        let mut async_except = None;
        // `for y in [f(x)]` (not constant, so not folded) just binds y.
        let single = match &generator.iter {
            Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. })
                if index > 0 && !generator.is_async && elts.len() == 1 =>
            {
                Some(&elts[0]).filter(|e| !e.is_starred_expr() && self.constant_value(e).is_none())
            }
            _ => None,
        };
        if index == 0 {
            self.name_op(".0", NameCtx::Load)?;
        } else if let Some(item) = single {
            self.visit_expr(item)?;
        } else {
            self.visit_iterable(&generator.iter)?;
            self.emit(if generator.is_async {
                Instr::GetAIter
            } else {
                Instr::GetIter
            });
        }
        let single_binding = single.is_some();
        if !single_binding {
            let start = self.new_label();
            let anchor = self.new_label();
            depth += 1;
            self.bind(start);
            if generator.is_async {
                let except = self.new_label();
                self.push_handler(except, false);
                self.emit(Instr::GetANext);
                self.load_const(Constant::None);
                self.emit_send_loop();
                self.pop_handler();
                async_except = Some(except);
            } else {
                self.jump(Instr::ForIter, anchor);
            }
            looping = Some((start, anchor));
        }
        self.store_target(&generator.target)?;
        for cond in &generator.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_loop(generators, index + 1, depth, elt, value, kind)?;
        } else {
            match kind {
                CompKind::Generator => {
                    self.visit_expr(elt)?;
                    self.emit_yield();
                    self.emit(Instr::Pop);
                }
                CompKind::List => {
                    self.visit_expr(elt)?;
                    self.emit(Instr::ListAppend(depth + 1));
                }
                CompKind::Set => {
                    self.visit_expr(elt)?;
                    self.emit(Instr::SetAdd(depth + 1));
                }
                CompKind::Dict => {
                    self.visit_expr(elt)?;
                    self.visit_expr(value.unwrap())?;
                    self.emit(Instr::MapAdd(depth + 1));
                }
            }
        }
        self.bind(if_cleanup);
        if let Some((start, anchor)) = looping {
            self.jump(Instr::Jump, start);
            self.bind(anchor);
            if let Some(except) = async_except {
                self.bind(except);
                self.emit(Instr::EndAsyncFor);
            }
        }
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    List,
    Tuple,
    Set,
}
