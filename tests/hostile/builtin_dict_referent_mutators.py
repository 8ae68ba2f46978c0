# Calls every dict mutator (update, clear, pop, popitem, setdefault, |=, del) on builtin types' underlying dicts.
import gc
LEAKED = []
def real(t):
    try:
        return [d for d in gc.get_referents(t.__dict__) if isinstance(d, dict)][0]
    except Exception:
        return None
for t in (bytes, float, complex, range, slice, frozenset):
    d = real(t)
    if d is None:
        continue
    ops = (lambda: d.update({"pwned": 1}), lambda: d.setdefault("pwned2", 2),
           lambda: d.pop("__repr__"), lambda: d.popitem(), lambda: d.__ior__({"x": 3}),
           lambda: d.__delitem__("__hash__"), lambda: dict.update(d, y=4),
           lambda: dict.pop(d, "__eq__"), lambda: d.clear(), lambda: dict.clear(d))
    for op in ops:
        try: op(); LEAKED.append(t.__name__)
        except Exception: pass
try: print(repr(1.5), hash(b"x") == hash(b"x"), 2.0 == 2.0, range(3)[1])
except Exception: pass
