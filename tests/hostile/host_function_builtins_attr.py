# Reaches builtins through function __builtins__/__globals__ and frames, then writes to them; makes functions with fake builtins.
import sys
LEAKED = []
def f(): return len("ab")
FT = type(f)
for b in (f.__builtins__, f.__globals__.get("__builtins__"), sys._getframe().f_builtins, print.__self__):
    d = b if isinstance(b, dict) else getattr(b, "__dict__", None)
    if not isinstance(d, dict): continue
    for k, v in (("len", lambda x: -1), ("pwned", True), ("__build_class__", None)):
        try: d[k] = v
        except Exception: pass
for a in ("__builtins__", "__globals__"):
    try: setattr(f, a, {})
    except Exception: pass
for g in ({"__builtins__": {"len": lambda x: 99}}, {"__builtins__": 5}, {"__builtins__": sys}, {}):
    try: LEAKED.append(FT(f.__code__, g)())
    except Exception: pass
LEAKED = []
print(len("abc"))
