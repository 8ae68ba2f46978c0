# Builds functions from foreign code objects/globals (FunctionType(code, globals)), swaps __code__ with mismatched closures.
import gc
LEAKED = []
FT = type(lambda: 0)
def outer():
    x = 1
    def inner(): return x
    return inner
inner = outer()
for f in (lambda: 1, inner, print):
    for code in (inner.__code__, (lambda a, b: a).__code__, (lambda: 2).__code__):
        try: f.__code__ = code; f()
        except Exception: pass
for o in gc.get_objects():
    try:
        if isinstance(o, FT) and o.__globals__ is not globals():
            LEAKED.append(o.__globals__)
            g = FT(o.__code__, globals())
            LEAKED.append(g())
    except Exception:
        pass
for args in ((inner.__code__, {}), (inner.__code__, {}, "n", None, ()), ((lambda: 0).__code__, {"__builtins__": 1}),
             ((lambda: len).__code__, {"__builtins__": {}}), (inner.__code__, globals(), None, None, (1,))):
    try: FT(*args)()
    except Exception: pass
print("done")
