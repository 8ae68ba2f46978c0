//! `match` statements, with CPython 3.11's stack discipline.
//!
//! A pattern consumes the value on top of the stack. Captured values are
//! not stored until the whole pattern has matched: each is rotated below
//! the items the pattern still works on (`on_top`) and below the earlier
//! captures, so that on success the first capture is on top. A failure
//! jumps to `fail_pop[n]`, a ladder of labels that pops `n` items and ends
//! where the next case starts.

use ruff_python_ast::{
    self as ast, Expr, MatchCase, Pattern, PatternMatchAs, PatternMatchClass, PatternMatchMapping,
    Singleton,
};
use ruff_text_size::Ranged;

use super::fold::equality_key;
use super::{Compiler, Label, NameCtx};
use crate::bytecode::{CmpOp, Constant, Instr};
use crate::disassemble::const_repr;
use crate::error::CResult;

struct PatternContext {
    /// Names captured so far, in the order their values sit on the stack
    /// (first on top).
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
    fail_pop: Vec<Label>,
    /// Items above the captures that the pattern still needs.
    on_top: usize,
}

impl PatternContext {
    fn new(allow_irrefutable: bool) -> Self {
        PatternContext {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
        }
    }
}

fn is_wildcard(p: &Pattern) -> bool {
    match p {
        Pattern::MatchAs(a) => a.pattern.is_none() && a.name.is_none(),
        _ => false,
    }
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult<()> {
        self.visit_expr(&m.subject)?;
        let end = self.new_label();
        let cases = m.cases.len();
        let has_default = cases > 1 && is_wildcard(&m.cases[cases - 1].pattern);
        let explicit = cases - has_default as usize;
        for (i, case) in m.cases[..explicit].iter().enumerate() {
            let old = self.set_loc(case.pattern.range());
            // The last case consumes the subject; the others work on a copy.
            let last = i + 1 == explicit;
            if !last {
                self.emit(Instr::Copy(1));
            }
            let mut pc = PatternContext::new(case.guard.is_some() || i + 1 == cases);
            self.pattern(&case.pattern, &mut pc)?;
            for name in std::mem::take(&mut pc.stores) {
                self.name_op(&name, NameCtx::Store)?;
            }
            if let Some(guard) = &case.guard {
                let fail = self.fail_label(&mut pc, 0);
                self.jump_if(guard, fail, false)?;
            }
            if !last {
                self.emit(Instr::Pop);
            }
            self.case_body(case)?;
            self.jump(Instr::Jump, end);
            self.set_loc(case.pattern.range());
            self.emit_fail_pops(&mut pc);
            self.restore_loc(old);
        }
        if has_default {
            let case = &m.cases[cases - 1];
            let old = self.set_loc(case.pattern.range());
            self.emit(Instr::Nop);
            if let Some(guard) = &case.guard {
                self.jump_if(guard, end, false)?;
            }
            self.restore_loc(old);
            self.case_body(case)?;
        }
        self.bind(end);
        Ok(())
    }

    fn case_body(&mut self, case: &'a MatchCase) -> CResult<()> {
        self.visit_body(&case.body)
    }

    /// The label that pops `n` items and fails.
    fn fail_label(&mut self, pc: &mut PatternContext, n: usize) -> Label {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[n]
    }

    /// Jumps (with `make`) to the failure path, popping everything the
    /// pattern has on the stack.
    fn jump_to_fail(&mut self, pc: &mut PatternContext, make: fn(u32) -> Instr) {
        let n = pc.on_top + pc.stores.len();
        let label = self.fail_label(pc, n);
        self.jump(make, label);
    }

    fn emit_fail_pops(&mut self, pc: &mut PatternContext) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (n, &label) in labels.iter().enumerate().rev() {
            self.bind(label);
            if n > 0 {
                self.emit(Instr::Pop);
            }
        }
    }

    /// Moves the top of the stack down to the `count`-th position.
    fn rotate(&mut self, count: usize) {
        for n in (2..=count).rev() {
            self.emit(Instr::Swap(n as u32));
        }
    }

    fn store_capture(&mut self, name: Option<&str>, pc: &mut PatternContext) -> CResult<()> {
        let Some(name) = name else {
            self.emit(Instr::Pop);
            return Ok(());
        };
        if name == "__debug__" {
            return Err(self.error("cannot assign to __debug__"));
        }
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.error(format!("multiple assignments to name '{name}' in pattern")));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    /// Compiles a pattern. Like CPython, the location stays at the last
    /// pattern compiled, which is where later errors point.
    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult<()> {
        self.nest(p.range(), |c| {
            c.set_loc(p.range());
            c.pattern_inner(p, pc)
        })
    }

    /// A pattern inside another one, where irrefutable patterns are fine.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult<()> {
        let saved = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = saved;
        r
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult<()> {
        match p {
            Pattern::MatchValue(v) => {
                self.visit_expr(&v.value)?;
                self.emit(Instr::Compare(CmpOp::Eq));
                self.jump_to_fail(pc, Instr::PopJumpIfFalse);
                Ok(())
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    Singleton::None => Constant::None,
                    Singleton::True => Constant::Bool(true),
                    Singleton::False => Constant::Bool(false),
                });
                self.emit(Instr::IsOp(0));
                self.jump_to_fail(pc, Instr::PopJumpIfFalse);
                Ok(())
            }
            Pattern::MatchSequence(s) => self.pattern_sequence(&s.patterns, pc),
            Pattern::MatchMapping(m) => self.pattern_mapping(m, pc),
            Pattern::MatchClass(c) => self.pattern_class(c, pc),
            Pattern::MatchStar(s) => self.store_capture(s.name.as_deref(), pc),
            Pattern::MatchAs(a) => self.pattern_as(a, pc),
            Pattern::MatchOr(o) => self.pattern_or(&o.patterns, pc),
        }
    }

    fn pattern_as(&mut self, a: &'a PatternMatchAs, pc: &mut PatternContext) -> CResult<()> {
        let Some(inner) = &a.pattern else {
            if !pc.allow_irrefutable {
                return Err(match &a.name {
                    Some(n) => self.error(format!(
                        "name capture '{n}' makes remaining patterns unreachable"
                    )),
                    None => self.error("wildcard makes remaining patterns unreachable"),
                });
            }
            return self.store_capture(a.name.as_deref(), pc);
        };
        // Keep a copy of the subject to bind once the inner pattern matched.
        pc.on_top += 1;
        self.emit(Instr::Copy(1));
        self.subpattern(inner, pc)?;
        pc.on_top -= 1;
        self.store_capture(a.name.as_deref(), pc)
    }

    fn pattern_sequence(
        &mut self,
        patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult<()> {
        let size = patterns.len();
        let mut star = None;
        let mut star_wildcard = false;
        let mut only_wildcard = true;
        for (i, p) in patterns.iter().enumerate() {
            if let Pattern::MatchStar(s) = p {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern"));
                }
                star = Some(i);
                star_wildcard = s.name.is_none();
            }
            only_wildcard &= is_wildcard(p) || is_star_wildcard(p);
        }
        // The subject stays on top during the type and length checks.
        pc.on_top += 1;
        self.emit(Instr::MatchSequence);
        self.jump_to_fail(pc, Instr::PopJumpIfFalse);
        match star {
            None => {
                self.emit(Instr::GetLen);
                self.load_const(Constant::Int(size.into()));
                self.emit(Instr::Compare(CmpOp::Eq));
                self.jump_to_fail(pc, Instr::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit(Instr::GetLen);
                self.load_const(Constant::Int((size - 1).into()));
                self.emit(Instr::Compare(CmpOp::Ge));
                self.jump_to_fail(pc, Instr::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Instr::Pop);
            return Ok(());
        }
        if star_wildcard {
            // Index the items instead of building the starred list.
            let star = star.unwrap();
            pc.on_top += 1;
            for (i, p) in patterns.iter().enumerate() {
                if is_wildcard(p) || i == star {
                    continue;
                }
                self.emit(Instr::Copy(1));
                if i < star {
                    self.load_const(Constant::Int(i.into()));
                } else {
                    // The subject may not support negative indices.
                    self.emit(Instr::GetLen);
                    self.load_const(Constant::Int((size - i).into()));
                    self.emit(Instr::BinaryOp(crate::bytecode::BinOp::Subtract));
                }
                self.emit(Instr::BinarySubscr);
                self.subpattern(p, pc)?;
            }
            pc.on_top -= 1;
            self.emit(Instr::Pop);
            return Ok(());
        }
        match star {
            Some(i) => {
                if i >= 1 << 8 {
                    return Err(self.error("too many expressions in star-unpacking assignment"));
                }
                self.emit(Instr::UnpackEx((i | ((size - i - 1) << 8)) as u32));
            }
            None => self.emit(Instr::UnpackSequence(size as u32)),
        }
        pc.on_top += size;
        for p in patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        m: &'a PatternMatchMapping,
        pc: &mut PatternContext,
    ) -> CResult<()> {
        let size = m.keys.len();
        pc.on_top += 1;
        self.emit(Instr::MatchMapping);
        self.jump_to_fail(pc, Instr::PopJumpIfFalse);
        if size == 0 && m.rest.is_none() {
            pc.on_top -= 1;
            self.emit(Instr::Pop);
            return Ok(());
        }
        if size > 0 {
            self.emit(Instr::GetLen);
            self.load_const(Constant::Int(size.into()));
            self.emit(Instr::Compare(CmpOp::Ge));
            self.jump_to_fail(pc, Instr::PopJumpIfFalse);
        }
        let mut seen = std::collections::HashSet::new();
        let mut constant_keys = Some(Vec::new());
        for key in &m.keys {
            match self.constant_value(key) {
                Some(c) => {
                    if !seen.insert(equality_key(&c)) {
                        return Err(self.error(format!(
                            "mapping pattern checks duplicate key ({})",
                            const_repr(&c)
                        )));
                    }
                    if let Some(keys) = &mut constant_keys {
                        keys.push(c);
                    }
                }
                None if matches!(key, Expr::Attribute(_)) => constant_keys = None,
                None => {
                    return Err(self.error(
                        "mapping pattern keys may only match literals and attribute lookups",
                    ));
                }
            }
        }
        match constant_keys {
            Some(keys) => {
                let ranges: Vec<_> = m.keys.iter().map(|k| k.range()).collect();
                self.load_folded_tuple(keys, &ranges)
            }
            None => {
                for key in &m.keys {
                    self.visit_expr(key)?;
                }
                self.emit(Instr::BuildTuple(size as u32));
            }
        }
        self.emit(Instr::MatchKeys);
        // [subject, keys, values-or-None]
        pc.on_top += 2;
        self.emit(Instr::Copy(1));
        self.jump_to_fail(pc, Instr::PopJumpIfNone);
        self.emit(Instr::UnpackSequence(size as u32));
        pc.on_top = pc.on_top + size - 1;
        for p in &m.patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        // [subject, keys]
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                self.emit(Instr::CopyDictWithoutKeys);
                self.emit(Instr::Swap(2));
                self.emit(Instr::Pop);
                self.store_capture(Some(rest), pc)
            }
            None => {
                self.emit(Instr::Pop);
                self.emit(Instr::Pop);
                Ok(())
            }
        }
    }

    fn pattern_class(&mut self, c: &'a PatternMatchClass, pc: &mut PatternContext) -> CResult<()> {
        let args = &c.arguments;
        for (i, k) in args.keywords.iter().enumerate() {
            if let Some(dup) = args.keywords[i + 1..]
                .iter()
                .find(|o| o.attr.as_str() == k.attr.as_str())
            {
                return Err(self.error_at(
                    format!("attribute name repeated in class pattern: {}", k.attr),
                    dup.pattern.range(),
                ));
            }
        }
        self.visit_expr(&c.cls)?;
        let names = args
            .keywords
            .iter()
            .map(|k| Constant::Str(k.attr.to_string()))
            .collect();
        self.load_const(Constant::Tuple(names));
        let nargs = args.patterns.len();
        let total = nargs + args.keywords.len();
        self.emit(Instr::MatchClass(nargs as u32));
        // The attributes tuple, or None.
        pc.on_top += 1;
        self.emit(Instr::Copy(1));
        self.jump_to_fail(pc, Instr::PopJumpIfNone);
        self.emit(Instr::UnpackSequence(total as u32));
        pc.on_top = pc.on_top + total - 1;
        let subpatterns = args
            .patterns
            .iter()
            .chain(args.keywords.iter().map(|k| &k.pattern));
        for p in subpatterns {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.emit(Instr::Pop);
            } else {
                self.subpattern(p, pc)?;
            }
        }
        Ok(())
    }

    fn pattern_or(&mut self, alternatives: &'a [Pattern], pc: &mut PatternContext) -> CResult<()> {
        let end = self.new_label();
        let outer = std::mem::replace(pc, PatternContext::new(false));
        // The names the first alternative binds, in stack order: the others
        // must bind the same names and are reordered to match.
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alternatives.iter().enumerate() {
            let old = self.set_loc(alt.range());
            *pc = PatternContext::new(i + 1 == alternatives.len() && outer.allow_irrefutable);
            self.emit(Instr::Copy(1));
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctrl) => {
                    if ctrl.len() != pc.stores.len() || ctrl.iter().any(|n| !pc.stores.contains(n))
                    {
                        return Err(self.error("alternative patterns bind different names"));
                    }
                    self.reorder_captures(&mut pc.stores, ctrl);
                }
            }
            self.jump(Instr::Jump, end);
            self.emit_fail_pops(pc);
            self.restore_loc(old);
        }
        *pc = outer;
        // No alternative matched: drop the subject and fail.
        self.emit(Instr::Pop);
        self.jump_to_fail(pc, Instr::Jump);
        self.bind(end);
        // [.., outer captures, on_top items, subject, new captures]: move the
        // new captures below everything the outer pattern has.
        let control = control.unwrap_or_default();
        let rotations = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(rotations);
            if pc.stores.contains(&name) {
                return Err(self.error(format!("multiple assignments to name '{name}' in pattern")));
            }
            pc.stores.push(name);
        }
        self.emit(Instr::Pop);
        Ok(())
    }

    /// Permutes the top `stores.len()` stack items (first store on top)
    /// into the order of `control`, by transpositions built from `Swap`.
    fn reorder_captures(&mut self, stores: &mut [String], control: &[String]) {
        for (pos, name) in control.iter().enumerate() {
            let cur = stores.iter().position(|s| s == name).unwrap();
            if cur == pos {
                continue;
            }
            // Swap positions `pos` and `cur` (0 = top).
            if pos == 0 {
                self.emit(Instr::Swap(cur as u32 + 1));
            } else {
                self.emit(Instr::Swap(pos as u32 + 1));
                self.emit(Instr::Swap(cur as u32 + 1));
                self.emit(Instr::Swap(pos as u32 + 1));
            }
            stores.swap(pos, cur);
        }
    }
}
