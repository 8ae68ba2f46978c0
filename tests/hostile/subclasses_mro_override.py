# Uses metaclass mro() overrides and __subclasscheck__ to graft builtin types into odd MROs and then use them.
LEAKED = []
class M(type):
    def mro(cls):
        return (cls, str, int, object)
class N(type):
    def mro(cls):
        return (cls, list, dict)
for meta, bases in ((M, ()), (N, ()), (M, (int,)), (N, (list,))):
    try:
        C = meta("C", bases, {})
        LEAKED.append(C.__mro__)
        x = C()
        for op in (lambda: x.upper(), lambda: x + 1, lambda: x.append(1), lambda: x.keys(), lambda: len(x), lambda: repr(x)):
            try: op()
            except Exception: pass
    except Exception:
        pass
LEAKED = []
print("done")
