//! Code object attributes the standard library introspects, compared with
//! what CPython 3.11 produces for the same source (`co_qualname`,
//! `co_firstlineno`, argument counts, `co_flags`, variable tables).

mod common;

use terrarium_compiler::Mode;
use terrarium_compiler::bytecode::{CodeObject, Constant};

const SOURCE: &str = r#"
import os
x = 1
def outer(a, b=2, /, c=3, *args, d, e=5, **kw):
    "doc"
    y = a
    def inner():
        nonlocal y
        y += b
        return y, c
    return inner
class K(Base):
    attr = x
    def method(self):
        return super().method() + [__class__ for _ in ()]
    @staticmethod
    @other
    def deco():
        pass
lam = lambda p, *q: p
gen = (i * x for i in range(3))
async def co():
    await os
    async for z in os:
        yield z
"#;

fn walk<'c>(code: &'c CodeObject, out: &mut Vec<&'c CodeObject>) {
    out.push(code);
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            walk(inner, out);
        }
    }
}

#[test]
fn attributes_match_cpython() {
    let module = common::compile_checked(SOURCE, Mode::Exec);
    let mut codes = Vec::new();
    walk(&module, &mut codes);
    // qualname, firstlineno, argcount, posonly, kwonly, flags, varnames,
    // cellvars, freevars (as CPython 3.11 reports them).
    type Expected<'a> = (
        &'a str,
        u32,
        u32,
        u32,
        u32,
        u32,
        &'a [&'a str],
        &'a [&'a str],
        &'a [&'a str],
    );
    let expected: &[Expected] = &[
        ("<module>", 1, 0, 0, 0, 0x0, &[], &[], &[]),
        (
            "outer",
            4,
            3,
            2,
            2,
            0xf,
            &["a", "b", "c", "d", "e", "args", "kw", "inner"],
            &["b", "c", "y"],
            &[],
        ),
        (
            "outer.<locals>.inner",
            7,
            0,
            0,
            0,
            0x13,
            &[],
            &[],
            &["b", "c", "y"],
        ),
        ("K", 12, 0, 0, 0, 0x0, &[], &["__class__"], &[]),
        ("K.method", 14, 1, 0, 0, 0x3, &["self"], &[], &["__class__"]),
        (
            "K.method.<locals>.<listcomp>",
            15,
            1,
            0,
            0,
            0x13,
            &[".0", "_"],
            &[],
            &["__class__"],
        ),
        ("K.deco", 16, 0, 0, 0, 0x3, &[], &[], &[]),
        ("<lambda>", 20, 1, 0, 0, 0x7, &["p", "q"], &[], &[]),
        ("<genexpr>", 21, 1, 0, 0, 0x23, &[".0", "i"], &[], &[]),
        ("co", 22, 0, 0, 0, 0x203, &["z"], &[], &[]),
    ];
    assert_eq!(codes.len(), expected.len());
    for (code, &(qualname, line, argc, posonly, kwonly, flags, varnames, cellvars, freevars)) in
        codes.iter().zip(expected)
    {
        assert_eq!(code.qualname, qualname);
        assert_eq!(
            (
                code.first_line,
                code.argcount,
                code.posonlyargcount,
                code.kwonlyargcount,
                code.flags
            ),
            (line, argc, posonly, kwonly, flags),
            "{qualname}"
        );
        assert_eq!(code.varnames, varnames, "{qualname}");
        assert_eq!(code.cellvars, cellvars, "{qualname}");
        assert_eq!(code.freevars, freevars, "{qualname}");
    }
    let outer = codes[1];
    assert_eq!(outer.cell2arg, vec![Some(1), Some(2), None]);
    assert_eq!(outer.constants[0], Constant::Str("doc".into()));
    assert_eq!(codes[2].constants[0], Constant::None);
    assert_eq!(
        codes[7].constants[0],
        Constant::None,
        "a lambda has no docstring"
    );
}

#[test]
fn optimize_levels() {
    let src = "'''mod doc'''\ndef f():\n    'doc'\n    assert x\n    return __debug__\n";
    let code_at = |optimize| {
        let mut opts = common::options(Mode::Exec);
        opts.optimize = optimize;
        terrarium_compiler::compile(src, &opts).unwrap()
    };
    let function =
        |m: &CodeObject| match m.constants.iter().find(|c| matches!(c, Constant::Code(_))) {
            Some(Constant::Code(f)) => (**f).clone(),
            _ => unreachable!(),
        };
    let plain = function(&code_at(0));
    assert_eq!(plain.constants[0], Constant::Str("doc".into()));
    assert!(plain.constants.contains(&Constant::Bool(true)));
    assert!(plain.names.contains(&"x".to_string()));
    let o1 = function(&code_at(1));
    assert!(
        o1.constants.contains(&Constant::Bool(false)),
        "__debug__ is False with -O"
    );
    assert!(
        !o1.names.contains(&"x".to_string()),
        "assert dropped with -O"
    );
    let o2 = code_at(2);
    assert!(
        !o2.names.contains(&"__doc__".to_string()),
        "no module docstring with -OO"
    );
    assert_eq!(function(&o2).constants[0], Constant::None);
}

#[test]
fn future_annotations_are_source_strings() {
    let src = "from __future__ import annotations\n\
        def f(a: list[int], *b: 'x', c: A | None = None) -> dict[str, (1, -2.5)]: pass\n\
        x: lambda a, /, b=1, *c, d, **e: a if b else c\n\
        y: f'{a!r:>{w}}' = 1\n\
        z: (-q) ** -1 + ~b[1:2, ::3] @ (not c)\n";
    let code = common::compile_checked(src, Mode::Exec);
    let strings: Vec<&str> = code
        .constants
        .iter()
        .chain(code.constants.iter().flat_map(|c| match c {
            Constant::Tuple(t) => t.iter().collect::<Vec<_>>(),
            _ => Vec::new(),
        }))
        .filter_map(|c| match c {
            Constant::Str(s) => Some(s.as_str()),
            _ => None,
        })
        .collect();
    // The strings CPython 3.11 stores in __annotations__ for this source.
    for expected in [
        "list[int]",
        "'x'",
        "A | None",
        "dict[str, (1, -2.5)]",
        "lambda a, /, b=1, *c, d, **e: a if b else c",
        "f'{a!r:>{w}}'",
        "(-q) ** (-1) + ~b[1:2, ::3] @ (not c)",
    ] {
        assert!(
            strings.contains(&expected),
            "{expected:?} not in {strings:?}"
        );
    }
    assert_ne!(
        code.flags & terrarium_compiler::bytecode::code_flags::FUTURE_ANNOTATIONS,
        0
    );
}
