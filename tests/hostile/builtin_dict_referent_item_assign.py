# Writes methods into builtin types through the plain dict gc.get_referents() finds behind T.__dict__.
import gc
LEAKED = []
def real(t):
    for d in gc.get_referents(t.__dict__):
        if isinstance(d, dict):
            return d
for t, k, v in ((str, "upper", lambda s: "pwned"), (int, "__add__", lambda a, b: 42),
                (list, "append", lambda s, x: None), (dict, "get", lambda *a: "pwned"),
                (object, "__repr__", lambda s: "pwned"), (type, "__call__", lambda *a: None)):
    try:
        d = real(t)
        d[k] = v
        dict.__setitem__(d, k + "2", v)
        LEAKED.append((t.__name__, k))
    except Exception:
        pass
try: print("a".upper(), 1 + 1, repr(object()) != "pwned")
except Exception: pass
