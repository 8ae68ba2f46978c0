# __format__/__index__/__int__/__float__/__str__/__repr__ returning wrong types or mutating, used by builtin formatting and indexing.
LEAKED = []
L = list(range(10))
class Bad:
    def __index__(self): L.clear(); return 2**100
    def __int__(self): return "x"
    def __float__(self): return 1
    def __str__(self): return 5
    def __repr__(self): return b"x"
    def __format__(self, spec): return spec * 2
    def __len__(self): return -1
    def __bool__(self): return 2
class MutMap(dict):
    def __getitem__(self, k):
        self.clear(); return "v"
for op in (lambda: L[Bad()], lambda: L.pop(Bad()), lambda: "ab"[Bad():], lambda: range(Bad()), lambda: int(Bad()),
           lambda: float(Bad()), lambda: str(Bad()), lambda: repr(Bad()), lambda: format(Bad(), "x" * 100), lambda: f"{Bad():>{10}}",
           lambda: "%s" % Bad(), lambda: "%d" % Bad(), lambda: "%x" % Bad(), lambda: "{a}{b}".format_map(MutMap(a=1, b=2)),
           lambda: "%(a)s%(b)s" % MutMap(a=1, b=2), lambda: len(Bad()), lambda: bool(Bad()), lambda: [1] * Bad(),
           lambda: bytes(Bad()), lambda: chr(Bad()), lambda: hex(Bad()), lambda: round(1.5, Bad()), lambda: "{0[0]}".format(Bad())):
    try: op()
    except Exception: pass
print(len(L) >= 0)
