# Writes into the module type and into sys/builtins module dicts' type-level slots (__getattr__, __repr__, __dir__).
import gc, sys, builtins
LEAKED = []
MT = type(sys)
for k, v in (("__getattr__", lambda s, n: "pwned"), ("__repr__", lambda s: "pwned"),
             ("__getattribute__", lambda s, n: "pwned"), ("__dir__", lambda s: [])):
    try: setattr(MT, k, v)
    except Exception: pass
    try: [d for d in gc.get_referents(MT.__dict__) if isinstance(d, dict)][0][k] = v
    except Exception: pass
    for m in (sys, builtins):
        try: setattr(m, k, v)
        except Exception: pass
try: LEAKED.append(repr(sys))
except Exception: pass
try: LEAKED.append(sys.no_such_attribute)
except Exception: pass
print("done")
