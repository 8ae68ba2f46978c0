# Binds slot wrappers and method-wrappers to objects of other types (__get__, __objclass__, __self__ swaps).
LEAKED = []
wrappers = [int.__add__, str.__add__, list.__len__, dict.__getitem__, object.__repr__, type.__call__,
            float.__mul__, tuple.__hash__, set.__contains__, bytes.__iter__, object.__setattr__]
for w in wrappers:
    for r in (1, "a", [1], {1: 1}, 1.5, (1,), {1}, b"x", int, None):
        try:
            b = w.__get__(r, type(r))
            b(); b(1); b(1, 2)
        except Exception:
            pass
        try: w(r, r)
        except Exception: pass
    for a in ("__objclass__", "__self__", "__name__", "__qualname__", "__doc__", "__text_signature__"):
        try: setattr(w, a, int)
        except Exception: pass
mw = (1).__add__
for a in ("__self__", "__objclass__"):
    try: setattr(mw, a, 2)
    except Exception: pass
try: type(mw)(int.__add__, "x")
except Exception: pass
print(1 + 1, "a" + "b")
