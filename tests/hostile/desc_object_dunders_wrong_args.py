# Calls object's slot wrappers (__eq__, __init__, __getattribute__, __setattr__, __reduce_ex__...) with wrong arity and receivers.
LEAKED = []
names = [n for n in dir(object) if n.startswith("__")]
for n in names:
    f = getattr(object, n)
    for args in ((), (1,), (None, None), ("x", "y", "z"), (object, "__dict__"), (str, "upper", 1), (int, 1, 2, 3)):
        try: f(*args)
        except Exception: pass
for a in ((1,), ("x", "__class__"), (None, "__doc__")):
    try: object.__getattribute__(*a)
    except Exception: pass
try: object.__eq__(1)
except Exception: pass
try: object.__reduce_ex__(1, 2**70)
except Exception: pass
try: object.__init_subclass__.__func__
except Exception: pass
print(object() != object())
