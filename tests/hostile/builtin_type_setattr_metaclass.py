# Uses a metaclass's and a subclass's inherited __setattr__/__delattr__ slots to write into builtin types.
LEAKED = []
class M(type):
    def __setattr__(cls, k, v):
        type.__setattr__(cls, k, v)
class S(str):
    pass
for target in (str, int, object, type, M):
    for f in (M.__setattr__, super(M, M).__setattr__, S.__setattr__, type(S).__setattr__):
        try:
            f(target, "upper", lambda self: "pwned")
            LEAKED.append(target)
        except Exception:
            pass
try: super(type, int).__setattr__("x", 1)
except Exception: pass
try: super(type, str).__delattr__("upper")
except Exception: pass
try: type.__dict__["__setattr__"](int, "real", 5)
except Exception: pass
print("a".upper(), (3).real)
