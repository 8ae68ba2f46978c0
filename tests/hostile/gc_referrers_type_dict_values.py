# Finds the real dicts of builtin types as gc.get_referrers() of their methods, then mutates them.
import gc
LEAKED = []
for T in (str, int, list, dict, object, type, tuple, BaseException):
    for name in ("__repr__", "__len__", "upper", "append", "get", "__init__", "mro", "count"):
        v = T.__dict__.get(name)
        if v is None: continue
        try: rs = gc.get_referrers(v)
        except Exception: continue
        for r in rs:
            if isinstance(r, dict) and r.get(name) is v and r is not globals():
                LEAKED.append(len(r))
                for op in (lambda: r.__setitem__("__hostile_probe__", 1), lambda: r.__setitem__(name, len),
                           lambda: r.pop(name), lambda: r.clear()):
                    try: op()
                    except Exception: pass
LEAKED = []
print("a".upper(), [1].count(1), repr(1))
