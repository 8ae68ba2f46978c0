# Edits sys.__dict__ directly (gc referents of sys), replacing functions like sys.exit/_getframe/intern and sys.modules.
import sys, gc
LEAKED = []
try:
    d = [r for r in gc.get_referents(sys) if isinstance(r, dict)][0]
except Exception:
    d = sys.__dict__
for k, v in (("exit", lambda *a: None), ("_getframe", lambda *a: None), ("intern", lambda s: "pwned"),
             ("getrecursionlimit", lambda: 5), ("modules", {"evil": sys}), ("version", "pwned")):
    try: d[k] = v
    except Exception: pass
for op in (lambda: d.pop("path"), lambda: d.clear(), lambda: d.update({"flags": None})):
    try: op()
    except Exception: pass
try: sys.settrace(None); sys.setprofile(None)
except Exception: pass
LEAKED = []
print("done")
