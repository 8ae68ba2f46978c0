# Recursion through native code paths at the default limit: __getattribute__, __str__, __len__, __iter__, __class_getitem__, descriptors.
LEAKED = []
class R:
    def __getattribute__(self, n): return getattr(self, n)
class S:
    def __str__(self): return str(self)
    def __len__(self): return len(self)
    def __iter__(self): return iter(self)
    def __bool__(self): return bool(self)
    def __index__(self): return [][self]
class Dsc:
    def __get__(self, o, t): return o.d
class U: d = Dsc()
for f in (lambda: R().x, lambda: str(S()), lambda: len(S()), lambda: iter(S()), lambda: bool(S()),
          lambda: [1][S()], lambda: U().d, lambda: format(S()), lambda: sorted([S(), S()], key=len)):
    try: f()
    except RecursionError: pass
    except Exception: pass
print("done")
