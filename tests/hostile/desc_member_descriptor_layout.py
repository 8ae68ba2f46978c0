# Uses a __slots__ member descriptor of one class on instances of other classes and builtin objects (layout confusion).
LEAKED = []
class A: __slots__ = ("a", "b", "c")
class B: __slots__ = ("x",)
class C(list): __slots__ = ("y",)
class D: pass
descs = [A.__dict__["a"], A.__dict__["c"], B.__dict__["x"], C.__dict__["y"]]
for d in descs:
    for o in (B(), A(), C([5]), D(), 1, "abc", (1, 2, 3), [1], None, int, object()):
        for f in (lambda: d.__set__(o, "pwned"), lambda: d.__get__(o, type(o)), lambda: d.__delete__(o),
                  lambda: d.__get__(o)):
            try: LEAKED.append(f())
            except Exception: pass
try:
    class E(A, B): pass
except Exception: pass
try:
    class F(A): __slots__ = ("a",)
    f = F(); F.__dict__["a"].__set__(f, 1); A.__dict__["a"].__get__(f)
except Exception: pass
LEAKED = []
print(C([5]) + [1], (1, 2, 3)[2], "abc")
