//! Expressions back to source text, for annotations under
//! `from __future__ import annotations`, following the spelling and
//! parenthesization of CPython's `ast_unparse.c`.

use ruff_python_ast::{
    self as ast, BoolOp, CmpOp, Comprehension, ConversionFlag, Expr, InterpolatedStringElement,
    Number, Operator, Parameters, UnaryOp,
};

use crate::disassemble::{const_repr, float_repr, str_repr};

// Precedence levels, loosest first.
const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_BOR: u8 = 6;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

pub(crate) fn unparse(e: &Expr) -> String {
    let mut out = String::new();
    Unparser { out: &mut out }.expr(e, PR_TEST);
    out
}

struct Unparser<'o> {
    out: &'o mut String,
}

impl Unparser<'_> {
    fn s(&mut self, text: &str) {
        self.out.push_str(text);
    }

    fn open(&mut self, cond: bool) {
        if cond {
            self.s("(");
        }
    }

    fn close(&mut self, cond: bool) {
        if cond {
            self.s(")");
        }
    }

    fn expr(&mut self, e: &Expr, level: u8) {
        stacker::maybe_grow(32 * 1024, 1024 * 1024, || self.expr_inner(e, level));
    }

    fn expr_inner(&mut self, e: &Expr, level: u8) {
        match e {
            Expr::BoolOp(b) => {
                let (pr, op) = match b.op {
                    BoolOp::And => (PR_AND, " and "),
                    BoolOp::Or => (PR_OR, " or "),
                };
                self.open(level > pr);
                for (i, v) in b.values.iter().enumerate() {
                    if i > 0 {
                        self.s(op);
                    }
                    self.expr(v, pr + 1);
                }
                self.close(level > pr);
            }
            Expr::Named(n) => {
                self.open(level > PR_TUPLE);
                self.expr(&n.target, PR_ATOM);
                self.s(" := ");
                self.expr(&n.value, PR_ATOM);
                self.close(level > PR_TUPLE);
            }
            Expr::BinOp(b) => {
                let (pr, op) = binop(b.op);
                let right_assoc = b.op == Operator::Pow;
                self.open(level > pr);
                self.expr(&b.left, pr + right_assoc as u8);
                self.s(op);
                self.expr(&b.right, pr + !right_assoc as u8);
                self.close(level > pr);
            }
            Expr::UnaryOp(u) => {
                let (pr, op) = match u.op {
                    UnaryOp::Not => (PR_NOT, "not "),
                    UnaryOp::Invert => (PR_FACTOR, "~"),
                    UnaryOp::UAdd => (PR_FACTOR, "+"),
                    UnaryOp::USub => (PR_FACTOR, "-"),
                };
                self.open(level > pr);
                self.s(op);
                self.expr(&u.operand, pr);
                self.close(level > pr);
            }
            Expr::Lambda(l) => {
                self.open(level > PR_TEST);
                match &l.parameters {
                    Some(p) if !is_empty(p) => {
                        self.s("lambda ");
                        self.parameters(p);
                    }
                    _ => self.s("lambda"),
                }
                self.s(": ");
                self.expr(&l.body, PR_TEST);
                self.close(level > PR_TEST);
            }
            Expr::If(i) => {
                self.open(level > PR_TEST);
                self.expr(&i.body, PR_TEST + 1);
                self.s(" if ");
                self.expr(&i.test, PR_TEST + 1);
                self.s(" else ");
                self.expr(&i.orelse, PR_TEST);
                self.close(level > PR_TEST);
            }
            Expr::Dict(d) => {
                self.s("{");
                for (i, item) in d.items.iter().enumerate() {
                    if i > 0 {
                        self.s(", ");
                    }
                    match &item.key {
                        Some(k) => {
                            self.expr(k, PR_TEST);
                            self.s(": ");
                            self.expr(&item.value, PR_TEST);
                        }
                        None => {
                            self.s("**");
                            self.expr(&item.value, PR_BOR);
                        }
                    }
                }
                self.s("}");
            }
            Expr::Set(s) => {
                if s.elts.is_empty() {
                    self.s("{*()}");
                } else {
                    self.s("{");
                    self.items(&s.elts);
                    self.s("}");
                }
            }
            Expr::ListComp(c) => {
                self.s("[");
                self.expr(&c.elt, PR_TEST);
                self.generators(&c.generators);
                self.s("]");
            }
            Expr::SetComp(c) => {
                self.s("{");
                self.expr(&c.elt, PR_TEST);
                self.generators(&c.generators);
                self.s("}");
            }
            Expr::DictComp(c) => {
                self.s("{");
                if let Some(k) = &c.key {
                    self.expr(k, PR_TEST);
                    self.s(": ");
                }
                self.expr(&c.value, PR_TEST);
                self.generators(&c.generators);
                self.s("}");
            }
            Expr::Generator(g) => {
                self.s("(");
                self.expr(&g.elt, PR_TEST);
                self.generators(&g.generators);
                self.s(")");
            }
            Expr::Await(a) => {
                self.open(level > PR_AWAIT);
                self.s("await ");
                self.expr(&a.value, PR_ATOM);
                self.close(level > PR_AWAIT);
            }
            Expr::Yield(y) => match &y.value {
                Some(v) => {
                    self.s("(yield ");
                    self.expr(v, PR_TEST);
                    self.s(")");
                }
                None => self.s("(yield)"),
            },
            Expr::YieldFrom(y) => {
                self.s("(yield from ");
                self.expr(&y.value, PR_TEST);
                self.s(")");
            }
            Expr::Compare(c) => {
                self.open(level > PR_CMP);
                self.expr(&c.left, PR_CMP + 1);
                for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                    self.s(cmpop(*op));
                    self.expr(right, PR_CMP + 1);
                }
                self.close(level > PR_CMP);
            }
            Expr::Call(c) => {
                self.expr(&c.func, PR_ATOM);
                let args = &c.arguments;
                if let ([Expr::Generator(g)], true) = (&args.args[..], args.keywords.is_empty()) {
                    self.expr(&Expr::Generator(g.clone()), PR_TEST);
                    return;
                }
                self.s("(");
                let mut first = true;
                for a in args.args.iter() {
                    if !first {
                        self.s(", ");
                    }
                    first = false;
                    self.expr(a, PR_TEST);
                }
                for k in args.keywords.iter() {
                    if !first {
                        self.s(", ");
                    }
                    first = false;
                    match &k.arg {
                        Some(name) => {
                            self.s(name);
                            self.s("=");
                        }
                        None => self.s("**"),
                    }
                    self.expr(&k.value, PR_TEST);
                }
                self.s(")");
            }
            Expr::FString(f) => {
                let mut body = String::new();
                for part in f.value.iter() {
                    match part {
                        ast::FStringPart::Literal(l) => escape_braces(&mut body, &l.value),
                        ast::FStringPart::FString(fs) => fstring_body(&mut body, &fs.elements),
                    }
                }
                self.s("f");
                self.s(&str_repr(&body));
            }
            Expr::TString(_) | Expr::IpyEscapeCommand(_) => self.s("..."),
            Expr::StringLiteral(s) => self.s(&str_repr(s.value.to_str())),
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                self.s(&const_repr(&crate::bytecode::Constant::Bytes(bytes)));
            }
            Expr::NumberLiteral(n) => match &n.value {
                Number::Int(i) => self.s(&i.to_string()),
                Number::Float(f) => self.s(&inf_safe(float_repr(*f))),
                Number::Complex { real, imag } => {
                    let c = crate::bytecode::Constant::Complex {
                        re: *real,
                        im: *imag,
                    };
                    self.s(&inf_safe(const_repr(&c)));
                }
            },
            Expr::BooleanLiteral(b) => self.s(if b.value { "True" } else { "False" }),
            Expr::NoneLiteral(_) => self.s("None"),
            Expr::EllipsisLiteral(_) => self.s("..."),
            Expr::Attribute(a) => {
                self.expr(&a.value, PR_ATOM);
                // `1 .real`: a dot right after an int would read as a float.
                let int_value = matches!(&*a.value, Expr::NumberLiteral(n) if n.value.is_int());
                self.s(if int_value { " ." } else { "." });
                self.s(&a.attr);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value, PR_ATOM);
                self.s("[");
                match &*s.slice {
                    Expr::Tuple(t) if !t.elts.is_empty() => {
                        self.items(&t.elts);
                        if t.elts.len() == 1 {
                            self.s(",");
                        }
                    }
                    other => self.expr(other, PR_TUPLE),
                }
                self.s("]");
            }
            Expr::Starred(s) => {
                self.s("*");
                self.expr(&s.value, PR_BOR);
            }
            Expr::Name(n) => self.s(&n.id),
            Expr::List(l) => {
                self.s("[");
                self.items(&l.elts);
                self.s("]");
            }
            Expr::Tuple(t) => {
                if t.elts.is_empty() {
                    self.s("()");
                    return;
                }
                self.open(level > PR_TUPLE);
                self.items(&t.elts);
                if t.elts.len() == 1 {
                    self.s(",");
                }
                self.close(level > PR_TUPLE);
            }
            Expr::Slice(s) => {
                if let Some(l) = &s.lower {
                    self.expr(l, PR_TEST);
                }
                self.s(":");
                if let Some(u) = &s.upper {
                    self.expr(u, PR_TEST);
                }
                if let Some(st) = &s.step {
                    self.s(":");
                    self.expr(st, PR_TEST);
                }
            }
        }
    }

    fn items(&mut self, elts: &[Expr]) {
        for (i, e) in elts.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            self.expr(e, PR_TEST);
        }
    }

    fn generators(&mut self, gens: &[Comprehension]) {
        for g in gens {
            self.s(if g.is_async { " async for " } else { " for " });
            self.expr(&g.target, PR_TUPLE);
            self.s(" in ");
            self.expr(&g.iter, PR_TEST + 1);
            for cond in &g.ifs {
                self.s(" if ");
                self.expr(cond, PR_TEST + 1);
            }
        }
    }

    fn parameters(&mut self, p: &Parameters) {
        let mut first = true;
        let mut sep = |u: &mut Self| {
            if !first {
                u.s(", ");
            }
            first = false;
        };
        for (i, a) in p.posonlyargs.iter().chain(&p.args).enumerate() {
            sep(self);
            self.s(&a.parameter.name);
            if let Some(d) = &a.default {
                self.s("=");
                self.expr(d, PR_TEST);
            }
            if i + 1 == p.posonlyargs.len() {
                self.s(", /");
            }
        }
        if p.vararg.is_some() || !p.kwonlyargs.is_empty() {
            sep(self);
            self.s("*");
            if let Some(v) = &p.vararg {
                self.s(&v.name);
            }
        }
        for a in &p.kwonlyargs {
            sep(self);
            self.s(&a.parameter.name);
            if let Some(d) = &a.default {
                self.s("=");
                self.expr(d, PR_TEST);
            }
        }
        if let Some(k) = &p.kwarg {
            sep(self);
            self.s("**");
            self.s(&k.name);
        }
    }
}

fn is_empty(p: &Parameters) -> bool {
    p.posonlyargs.is_empty()
        && p.args.is_empty()
        && p.vararg.is_none()
        && p.kwonlyargs.is_empty()
        && p.kwarg.is_none()
}

/// Infinite floats have no literal; CPython writes an overflowing one.
fn inf_safe(repr: String) -> String {
    repr.replace("inf", "1e309")
}

fn binop(op: Operator) -> (u8, &'static str) {
    match op {
        Operator::Add => (PR_ARITH, " + "),
        Operator::Sub => (PR_ARITH, " - "),
        Operator::Mult => (PR_TERM, " * "),
        Operator::MatMult => (PR_TERM, " @ "),
        Operator::Div => (PR_TERM, " / "),
        Operator::Mod => (PR_TERM, " % "),
        Operator::FloorDiv => (PR_TERM, " // "),
        Operator::Pow => (PR_POWER, " ** "),
        Operator::LShift => (PR_SHIFT, " << "),
        Operator::RShift => (PR_SHIFT, " >> "),
        Operator::BitOr => (PR_BOR, " | "),
        Operator::BitXor => (PR_BXOR, " ^ "),
        Operator::BitAnd => (PR_BAND, " & "),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

fn escape_braces(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '{' => out.push_str("{{"),
            '}' => out.push_str("}}"),
            c => out.push(c),
        }
    }
}

fn fstring_body(out: &mut String, elements: &[InterpolatedStringElement]) {
    for el in elements {
        match el {
            InterpolatedStringElement::Literal(l) => escape_braces(out, &l.value),
            InterpolatedStringElement::Interpolation(i) => {
                let mut inner = String::new();
                Unparser { out: &mut inner }.expr(&i.expression, PR_TEST + 1);
                out.push('{');
                if inner.starts_with('{') {
                    // `{{` would read as an escaped brace.
                    out.push(' ');
                }
                out.push_str(&inner);
                match i.conversion {
                    ConversionFlag::None => {}
                    ConversionFlag::Str => out.push_str("!s"),
                    ConversionFlag::Repr => out.push_str("!r"),
                    ConversionFlag::Ascii => out.push_str("!a"),
                }
                if let Some(spec) = &i.format_spec {
                    out.push(':');
                    fstring_body(out, &spec.elements);
                }
                out.push('}');
            }
        }
    }
}
