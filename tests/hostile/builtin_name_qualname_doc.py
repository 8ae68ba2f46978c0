# Rewrites __name__/__qualname__/__doc__/__module__ of builtin types and builtin functions.
LEAKED = []
for t in (str, int, object, type, list, dict, type(None), len, print, "".upper, str.upper):
    for attr, val in (("__name__", "pwned"), ("__qualname__", "pwned"), ("__doc__", "pwned"),
                      ("__module__", "pwned"), ("__name__", 1), ("__text_signature__", "x")):
        for how in (lambda: setattr(t, attr, val), lambda: type.__setattr__(t, attr, val),
                    lambda: object.__setattr__(t, attr, val)):
            try: how(); LEAKED.append((attr, t))
            except Exception: pass
for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
    try: type.__dict__[attr].__set__(int, "pwned")
    except Exception: pass
    try: type.__dict__[attr].__delete__(int)
    except Exception: pass
print(int.__name__, str.__qualname__, repr(int))
