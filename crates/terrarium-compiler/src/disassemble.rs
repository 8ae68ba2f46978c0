//! A readable listing of code objects, and Python `repr` of constants.

use std::fmt::Write;

use crate::bytecode::{CodeObject, Constant, Instr, code_flags};
use crate::flow::jump_target;

/// Lists a code object and, after it, the code objects among its constants.
///
/// Each instruction line shows the source line (when it changes), `>>` for
/// jump targets, the offset, the instruction and what its argument names.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    write_code(&mut out, code);
    out
}

const FLAG_NAMES: &[(u32, &str)] = &[
    (code_flags::OPTIMIZED, "OPTIMIZED"),
    (code_flags::NEWLOCALS, "NEWLOCALS"),
    (code_flags::VARARGS, "VARARGS"),
    (code_flags::VARKEYWORDS, "VARKEYWORDS"),
    (code_flags::NESTED, "NESTED"),
    (code_flags::GENERATOR, "GENERATOR"),
    (code_flags::NOFREE, "NOFREE"),
    (code_flags::COROUTINE, "COROUTINE"),
    (code_flags::ITERABLE_COROUTINE, "ITERABLE_COROUTINE"),
    (code_flags::ASYNC_GENERATOR, "ASYNC_GENERATOR"),
    (code_flags::FUTURE_ANNOTATIONS, "FUTURE_ANNOTATIONS"),
];

fn write_code(out: &mut String, code: &CodeObject) {
    stacker::maybe_grow(32 * 1024, 1024 * 1024, || write_code_inner(out, code));
}

fn write_code_inner(out: &mut String, code: &CodeObject) {
    let flags: Vec<&str> = FLAG_NAMES
        .iter()
        .filter(|(bit, _)| code.flags & bit != 0)
        .map(|(_, name)| *name)
        .collect();
    let _ = writeln!(
        out,
        "code {} line {} args {}/{}/{} stack {} flags {}",
        code.qualname,
        code.first_line,
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        code.max_stack,
        if flags.is_empty() {
            "-".to_string()
        } else {
            flags.join("|")
        },
    );
    for (label, list) in [
        ("varnames", &code.varnames),
        ("cellvars", &code.cellvars),
        ("freevars", &code.freevars),
    ] {
        if !list.is_empty() {
            let _ = writeln!(out, "  {label}: {}", list.join(", "));
        }
    }
    let targets: std::collections::HashSet<u32> = code
        .instructions
        .iter()
        .filter_map(|&i| jump_target(i))
        .chain(code.exception_table.iter().map(|e| e.target))
        .collect();
    let mut last_line = 0;
    for (pos, (&instr, loc)) in code.instructions.iter().zip(&code.locations).enumerate() {
        let line = if loc.line != last_line {
            last_line = loc.line;
            loc.line.to_string()
        } else {
            String::new()
        };
        let marker = if targets.contains(&(pos as u32)) {
            ">>"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "{line:>4} {marker:>2} {pos:>4} {}",
            describe(code, instr)
        );
    }
    if !code.exception_table.is_empty() {
        let _ = writeln!(out, "  exception table:");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "    {} to {} -> {} depth {}{}",
                e.start,
                e.end,
                e.target,
                e.depth,
                if e.lasti { " lasti" } else { "" }
            );
        }
    }
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            out.push('\n');
            write_code(out, inner);
        }
    }
}

fn describe(code: &CodeObject, instr: Instr) -> String {
    let name = |i: u32| code.names.get(i as usize).cloned().unwrap_or_default();
    let var = |i: u32| code.varnames.get(i as usize).cloned().unwrap_or_default();
    let deref = |i: u32| {
        code.cellvars
            .iter()
            .chain(&code.freevars)
            .nth(i as usize)
            .cloned()
            .unwrap_or_default()
    };
    let konst = |i: u32| {
        code.constants
            .get(i as usize)
            .map(const_repr)
            .unwrap_or_default()
    };
    let debug = format!("{instr:?}");
    let mnemonic = debug.split('(').next().unwrap_or(&debug).to_string();
    match instr {
        Instr::LoadConst(i) => format!("{mnemonic} {i} ({})", konst(i)),
        Instr::LoadFast(i)
        | Instr::LoadFastChecked(i)
        | Instr::StoreFast(i)
        | Instr::DeleteFast(i) => format!("{mnemonic} {i} ({})", var(i)),
        Instr::LoadDeref(i)
        | Instr::StoreDeref(i)
        | Instr::DeleteDeref(i)
        | Instr::LoadClosure(i)
        | Instr::LoadClassDeref(i) => format!("{mnemonic} {i} ({})", deref(i)),
        Instr::LoadName(i)
        | Instr::StoreName(i)
        | Instr::DeleteName(i)
        | Instr::LoadGlobal(i)
        | Instr::StoreGlobal(i)
        | Instr::DeleteGlobal(i)
        | Instr::LoadAttr(i)
        | Instr::StoreAttr(i)
        | Instr::DeleteAttr(i)
        | Instr::LoadMethod(i)
        | Instr::ImportName(i)
        | Instr::ImportFrom(i) => format!("{mnemonic} {i} ({})", name(i)),
        Instr::BinaryOp(op) => format!("{mnemonic} {}", op.symbol()),
        Instr::InplaceOp(op) => format!("{mnemonic} {}=", op.symbol()),
        Instr::Compare(op) => format!("{mnemonic} {}", op.symbol()),
        Instr::Unary(op) => format!("{mnemonic} {op:?}"),
        Instr::UnpackEx(arg) => format!("{mnemonic} {}+*+{}", arg & 0xff, arg >> 8),
        i if jump_target(i).is_some() => format!("{mnemonic} -> {}", jump_target(i).unwrap()),
        _ => debug.replace('(', " ").replace(')', ""),
    }
}

/// Python's `repr` of a constant.
pub(crate) fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex { re, im } => {
            let imag = short_float(*im);
            if *re == 0.0 && re.is_sign_positive() {
                format!("{imag}j")
            } else {
                let sign = if im.is_sign_negative() || im.is_nan() && imag.starts_with('-') {
                    ""
                } else {
                    "+"
                };
                format!("({}{sign}{imag}j)", short_float(*re))
            }
        }
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => {
            let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
                '"'
            } else {
                '\''
            };
            let mut out = format!("b{quote}");
            for &byte in b {
                match byte {
                    b'\\' => out.push_str("\\\\"),
                    b'\t' => out.push_str("\\t"),
                    b'\n' => out.push_str("\\n"),
                    b'\r' => out.push_str("\\r"),
                    b if b as char == quote => {
                        out.push('\\');
                        out.push(quote);
                    }
                    0x20..=0x7e => out.push(byte as char),
                    _ => {
                        let _ = write!(out, "\\x{byte:02x}");
                    }
                }
            }
            out.push(quote);
            out
        }
        Constant::Tuple(items) => match items.as_slice() {
            [single] => format!("({},)", const_repr(single)),
            _ => format!(
                "({})",
                items.iter().map(const_repr).collect::<Vec<_>>().join(", ")
            ),
        },
        Constant::FrozenSet(items) => {
            if items.is_empty() {
                "frozenset()".into()
            } else {
                format!(
                    "frozenset({{{}}})",
                    items.iter().map(const_repr).collect::<Vec<_>>().join(", ")
                )
            }
        }
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Code(code) => format!("<code object {}>", code.name),
    }
}

/// Python's `repr` of a str.
pub(crate) fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || (0x7f..=0xa0).contains(&(c as u32)) || c == '\u{ad}' => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if is_unprintable(c) => {
                if (c as u32) <= 0xffff {
                    let _ = write!(out, "\\u{:04x}", c as u32);
                } else {
                    let _ = write!(out, "\\U{:08x}", c as u32);
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Format, separator and unassigned characters Python's `repr` escapes
/// (an approximation of `str.isprintable` for the common cases).
fn is_unprintable(c: char) -> bool {
    matches!(c as u32,
        0x200b..=0x200f | 0x2028..=0x202e | 0x2060..=0x206f | 0xfeff | 0xfff9..=0xfffb
        | 0xd800..=0xdfff | 0xe000..=0xf8ff | 0xf0000..=0x10ffff | 0xe0000..=0xe007f)
}

/// Python's `repr` of a float.
pub(crate) fn float_repr(f: f64) -> String {
    let s = short_float(f);
    if f.is_finite() && !s.contains(['.', 'e']) {
        format!("{s}.0")
    } else {
        s
    }
}

/// The shortest repr of a float without forcing a `.0` (CPython's `'r'`
/// format): positional for exponents from -4 to 15, scientific otherwise.
fn short_float(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let sign = if f.is_sign_negative() { "-" } else { "" };
    let decpt = exp + 1;
    if !(-4 < decpt && decpt <= 16) {
        let mut m = digits[..1].to_string();
        if digits.len() > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        let esign = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{m}e{esign}{:02}", exp.abs());
    }
    if decpt <= 0 {
        format!("{sign}0.{}{digits}", "0".repeat((-decpt) as usize))
    } else if decpt as usize >= digits.len() {
        format!(
            "{sign}{digits}{}",
            "0".repeat(decpt as usize - digits.len())
        )
    } else {
        let (int, frac) = digits.split_at(decpt as usize);
        format!("{sign}{int}.{frac}")
    }
}
