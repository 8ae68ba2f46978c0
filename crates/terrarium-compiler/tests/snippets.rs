//! Every statement and expression kind compiles into code that passes the
//! checker (jump targets, exception table, stack depths, table indices).

mod common;

use common::compile_checked;
use terrarium_compiler::Mode;

const SNIPPETS: &[&str] = &[
    // expressions
    "x = 1 + 2 * 3 - 4 / 5 // 6 % 7 ** 8 @ m << 1 >> 2 & 3 | 4 ^ 5",
    "x = -a, +b, ~c, not d",
    "x = a and b or c and not d",
    "x = a if b else c",
    "x = lambda a, b=1, *c, d, e=2, **f: a + b",
    "x = lambda: (yield)",
    "x = {1: 2, 'a': b, **c, d: e}",
    "x = {}; y = {**a}; z = {a: b for a, b in c}",
    "x = {1, 2, *a}; y = {1, 2, 3}",
    "x = [1, 2, *a, 3]; y = [1, 2, 3]; z = []",
    "x = (1, 2, *a); y = (1, (2, 3)); z = (); w = (a,)",
    "x = [a for a in b if a if not a]",
    "x = [a + b for a in c for b in a if b]",
    "x = {a for a in b}",
    "x = (a for a in b)",
    "x = [y for x in z for y in [x * 2]]",
    "x = a < b; y = a < b < c < d; z = a is not b in c not in d",
    "x = f(); f(a, b); f(*a); f(**k); f(a, *b, c, k=1, **kw); f(x=1, **k, y=2)",
    "x = o.m(); o.m(a, b=c); o.m(*a); o.a.b.c(1)",
    "x = f'{a}'; y = f'a{b!r:>{w}}c{d!s}{e!a}'; z = f'{x=}' f'{y=:>10}' 'lit'",
    "x = f''; y = f'{a}{b}{c}'",
    "x = 'a' 'b'; y = b'x' b'y'",
    "x = a.b.c; a.b = 1; del a.b",
    "x = a[1]; a[1:2] = b; del a[::2]; a[1, 2:3] += 1",
    "x = a[1:2, ...]",
    "x = 1j; y = 1.5; z = 10**100; w = 0xFF_FF; v = 0o17; u = 0b101",
    "x = None, True, False, ...",
    "x = (y := 5)",
    "x = [y := 1 for a in b]",
    "x = __debug__",
    "if __debug__:\n    x = 1\nelse:\n    x = 2",
    // assignment
    "a = b = c = 1",
    "a, b = c",
    "a, *b, c = d",
    "[a, [b, *c]] = d",
    "a.b, c[d], *e = f",
    "a += 1; b.c -= 2; d[e] *= 3; f **= 4",
    "x: int = 1; y: str",
    "a.b: int = 1; c[d]: int; e.f: int",
    "del a, b[c], d.e, (f, g), [h]",
    // control flow
    "if a:\n    b\nelif c:\n    d\nelif e:\n    f\nelse:\n    g",
    "if a:\n    pass",
    "if 0:\n    a\nelse:\n    b",
    "if 1:\n    a\nelse:\n    b",
    "while a:\n    b\nelse:\n    c",
    "while True:\n    if a: break\n    if b: continue\n    c",
    "while 0:\n    a",
    "for a in b:\n    c\nelse:\n    d",
    "for a, b in c:\n    if a: break\n    continue",
    "for a in b:\n    for c in d:\n        if c: break\n    else:\n        continue\n    break",
    "assert a\nassert b, 'msg'",
    "raise\n",
    "raise E\n",
    "raise E from F\n",
    "import a\nimport a.b.c\nimport a.b as c\nimport a as b, c",
    "from a import b\nfrom a.b import c as d, e\nfrom . import x\nfrom ..a import *",
    "from __future__ import annotations\nx: int = 1",
    "global x\nx = 1",
    "pass",
    // exceptions
    "try:\n    a\nexcept:\n    b",
    "try:\n    a\nexcept E:\n    b\nexcept (F, G) as e:\n    c\nelse:\n    d",
    "try:\n    a\nfinally:\n    b",
    "try:\n    a\nexcept E:\n    b\nelse:\n    c\nfinally:\n    d",
    "try:\n    a\nexcept* E:\n    b\nexcept* F as f:\n    c",
    "try:\n    a\nexcept* E:\n    b\nelse:\n    c\nfinally:\n    d",
    "for x in y:\n    try:\n        break\n    finally:\n        a",
    "for x in y:\n    try:\n        continue\n    except E:\n        break\n    finally:\n        a",
    "while a:\n    try:\n        b\n    except E as e:\n        continue\n    finally:\n        break",
    "try:\n    try:\n        a\n    finally:\n        b\nexcept E as e:\n    try:\n        c\n    except F:\n        d",
    "with a:\n    b",
    "with a as b, c as (d, e):\n    f",
    "with a as b:\n    with c:\n        d",
    "for x in y:\n    with a:\n        break",
    "for x in y:\n    with a:\n        with b:\n            continue",
    // definitions
    "def f():\n    pass",
    "def f(a, b=1, /, c=2, *d, e, f=3, **g):\n    return a",
    "def f(a: int, *b: str, c: 'x' = 1, **d: bool) -> None:\n    pass",
    "@d1\n@d2(x)\ndef f():\n    'doc'\n    return 1",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n        return x\n    return g",
    "def f(a):\n    def g():\n        return a\n    return g",
    "def f():\n    global g\n    g = 1\n    return g",
    "def f():\n    return\n    x = 1",
    "def f():\n    try:\n        return 1\n    finally:\n        return 2",
    "def f():\n    try:\n        return g()\n    finally:\n        h()",
    "def f():\n    for x in y:\n        try:\n            return x\n        finally:\n            z()",
    "def f():\n    with a as b:\n        return b()",
    "def f():\n    try:\n        a\n    except E as e:\n        return e\n    except F:\n        return 1",
    "def f():\n    try:\n        a\n    finally:\n        try:\n            return b()\n        finally:\n            c",
    "def f():\n    try:\n        pass\n    finally:\n        for x in y:\n            return x",
    "def f():\n    yield 1\n    x = yield\n    yield from g()",
    "def f():\n    return [x for x in (yield)]",
    "def f():\n    x = [a for a in b]\n    y = lambda: x\n    return y",
    "def f():\n    [z := a for a in b]\n    return z",
    "class C:\n    pass",
    "class C(B, metaclass=M):\n    'doc'\n    x = 1\n    def m(self):\n        return super().m()",
    "class C:\n    def m(self):\n        return __class__",
    "class C(*bases, **kw):\n    pass",
    "@dec\nclass C:\n    x: int\n    y: str = 'a'",
    "class C:\n    __x = 1\n    def __m(self):\n        return self.__x",
    "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return x",
    "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x",
    "class C:\n    [a for a in range(3)]",
    // async
    "async def f():\n    await x\n    async with a as b:\n        c\n    async for d in e:\n        f\n    else:\n        g",
    "async def f():\n    return [await x async for x in y]",
    "async def f():\n    return (x async for x in y)",
    "async def f():\n    yield 1\n    await z",
    "async def f():\n    async for x in y:\n        break\n    async with a:\n        return 1",
    "async def f():\n    return [x for x in y if await x]",
    "def f():\n    return (await x for x in y)",
    "async def f():\n    try:\n        async with a:\n            await b\n    finally:\n        await c",
    "async def f():\n    for x in y:\n        async with a:\n            continue",
    // match
    "match x:\n    case 1:\n        a\n    case 'a' | b'b' | -1 | 1+2j | None | True:\n        b\n    case _:\n        c",
    "match x:\n    case [a, b, *c]:\n        pass\n    case [a, *_, b]:\n        pass\n    case (a, b):\n        pass\n    case []:\n        pass\n    case [*_]:\n        pass",
    "match x:\n    case {'a': 1, 'b': c, **rest}:\n        pass\n    case {}:\n        pass\n    case {**rest}:\n        pass",
    "match x:\n    case P(1, 2, a=b, c=_):\n        pass\n    case Q() as q:\n        pass\n    case m.R(s=[t]):\n        pass",
    "match x:\n    case [a, b] | [b, a]:\n        pass\n    case (1 | 2) as c:\n        pass\n    case {'k': v} | [v]:\n        pass",
    "match x:\n    case a if a > 1:\n        pass\n    case b:\n        pass",
    "match x:\n    case _ if y:\n        pass",
    "match x:\n    case _:\n        pass",
    "match x:\n    case a:\n        pass",
    "match x:\n    case [1, [2, a], {'b': c}] | (a, c):\n        pass",
    "match x:\n    case y.z:\n        pass\n    case [a, (1 | c.d | 2) as e, *f]:\n        pass",
    "def f(x):\n    match x:\n        case (a, b, *c) if a:\n            return b\n        case _:\n            return None",
    "for x in y:\n    match x:\n        case 1:\n            break\n        case _:\n            continue",
    // big literals and calls use incremental building
    "x = [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, a1, b1, c1, d1, e1, f1]",
    "x = {a: b, c: d, e: f, g: h, i: j, k: l, m: n, o: p, q: r, s: t, u: v, w: x, y: z, a1: b1, c1: d1, e1: f1, g1: h1}",
    "f(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, a1, b1, c1, d1, e1, f1)",
    "o.m(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, a1, b1, c1, d1, e1, f1)",
    "f(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10, k=11, l=12, m=13, n=14, o=15, p=16)",
    "x = f'{a}{b}{c}{d}{e}{f}{g}{h}{i}{j}{k}{l}{m}{n}{o}{p}{q}{r}{s}{t}{u}{v}{w}{x}{y}{z}{a1}{b1}{c1}{d1}{e1}{f1}'",
];

#[test]
fn every_snippet_compiles_and_checks() {
    for src in SNIPPETS {
        compile_checked(src, Mode::Exec);
    }
}

#[test]
fn eval_and_single_modes() {
    compile_checked("a + b * c", Mode::Eval);
    compile_checked("[x for x in y]", Mode::Eval);
    compile_checked("lambda: 1", Mode::Eval);
    compile_checked("a + b", Mode::Single);
    compile_checked("x = 1; y", Mode::Single);
    compile_checked("if a:\n    b\n", Mode::Single);
    compile_checked("def f():\n    return 1\n", Mode::Single);
}

#[test]
fn stdlib_like_module_compiles() {
    let src = r#"
"""Module docstring."""
from __future__ import annotations
import os, sys
from collections import namedtuple as nt

__all__ = ['Thing']

class Thing(object):
    """A thing."""
    count: int = 0
    __slots__ = ('a', '_b')

    def __init__(self, a, *, b=None, **extra):
        super().__init__()
        self.a = a
        self._b = b or {}
        for k, v in sorted(extra.items(), key=lambda kv: kv[0]):
            setattr(self, k, v)

    @property
    def b(self) -> dict[str, int]:
        return dict(self._b)

    @classmethod
    def make(cls, *args):
        try:
            return cls(*args)
        except (TypeError, ValueError) as exc:
            raise RuntimeError(f"cannot make {cls.__name__}: {exc!r}") from exc
        finally:
            cls.count += 1

    def __repr__(self):
        return f"{type(self).__name__}({self.a!r}, b={self._b})"

def gen(n):
    i = 0
    while i < n:
        received = yield i
        if received is not None:
            i = received
        else:
            i += 1
    return i

async def consume(source):
    results = []
    async with source as s:
        async for item in s:
            if item is None:
                continue
            results.append(await item)
    return results

def classify(value):
    match value:
        case {"kind": "point", "x": int(x), "y": int(y)}:
            return ("point", x, y)
        case [first, *rest] if rest:
            return ("list", first, len(rest))
        case str() | bytes():
            return ("text",)
        case _:
            return None

if __name__ == "__main__":
    print(Thing.make(1), list(gen(3)), classify([1, 2]))
"#;
    compile_checked(src, Mode::Exec);
}
