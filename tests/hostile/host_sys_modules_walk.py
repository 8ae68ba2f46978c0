# Walks sys.modules and every module's dict for foreign globals, then plants/removes/replaces entries in sys.modules.
import sys
N = "victim-" + "secret"
LEAKED = []
for name, m in list(sys.modules.items()):
    try:
        for k, v in list(vars(m).items()):
            if isinstance(v, str) and N in v: LEAKED.append(v)
            if k in ("victim_fn", "VictimClass", "victim_obj"): LEAKED.append(vars(m))
    except Exception:
        pass
M = type(sys)
for op in (lambda: sys.modules.__setitem__("builtins", M("fake")), lambda: sys.modules.__setitem__("gc", None),
           lambda: sys.modules.pop("sys"), lambda: sys.modules.clear(), lambda: setattr(sys, "modules", {}),
           lambda: sys.modules.__setitem__("__main__", M("evil"))):
    try: op()
    except Exception: pass
for n in ("gc", "sys", "builtins", "weakref", "posix"):
    try: __import__(n)
    except Exception: pass
print("done")
