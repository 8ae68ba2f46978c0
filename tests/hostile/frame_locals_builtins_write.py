# Writes through f_locals/f_globals/f_builtins of the current and outer frames (f_builtins is the shared builtins dict).
import sys
LEAKED = []
f = sys._getframe()
for d in (f.f_builtins, f.f_globals, f.f_locals):
    for k, v in (("len", lambda x: 0), ("pwned", 1), ("__import__", None)):
        try: d[k] = v
        except Exception: pass
try: del f.f_builtins["repr"]
except Exception: pass
while f.f_back is not None:
    f = f.f_back
    try: f.f_globals["pwned"] = 1; f.f_builtins["print"] = None
    except Exception: pass
for a in ("f_globals", "f_builtins", "f_locals", "f_back", "f_code", "f_lineno", "f_trace"):
    try: setattr(sys._getframe(), a, {})
    except Exception: pass
print(len("abc"))
