# Gets the real dict behind builtin types' mappingproxies with gc.get_referents() and writes into it.
import gc
LEAKED = []
for t in (str, int, object, type, list, dict):
    try:
        for d in gc.get_referents(t.__dict__):
            if isinstance(d, dict):
                LEAKED.append(len(d))
                try: d["pwned"] = 1
                except Exception: pass
                try: d["__repr__"] = lambda self: "pwned"
                except Exception: pass
                try: d["__len__"] = lambda self: 0
                except Exception: pass
    except Exception:
        pass
try: LEAKED.append(repr(1))
except Exception: pass
try: LEAKED.append(str.pwned)
except Exception: pass
print(repr(1), len("ab"))
