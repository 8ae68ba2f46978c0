from __future__ import annotations
# With PEP 563 annotations are stored as strings and never evaluated.
def f(a: int, b: list[int] | None = None, *args: UndefinedName, **kw: 1 + 2) -> Foo[Bar]:
    return a
print(f.__annotations__)
class C:
    x: int
    y: dict[str, 'quoted'] = {}
    z: SomethingUndefined
print(C.__annotations__)
v: undefined_thing = 5
print(__annotations__, v)
def g(p: (lambda: 1)(), q: [i for i in range(3)]) -> x.y.z:
    pass
print(g.__annotations__)
def h(a: 'already string', b: "double") -> None:
    pass
print(h.__annotations__)
def k(x: a if b else c, y: not d, z: e < f < g):
    pass
print(k.__annotations__)
def m(x: -1, y: ~a, z: a ** b, w: a[1:2, ::3]):
    pass
print(m.__annotations__)
def n(x: {'k': 1}, y: {1, 2}, z: (1,), w: ()):
    pass
print(n.__annotations__)
def o(x: f'{a!r:>{w}}', y: b'bytes', z: ...):
    pass
print(o.__annotations__)
def p(x: await_thing, y: lambda a, *b, c=1, **d: 0):
    pass
print(p.__annotations__)
