# Tries to mutate shared structseq/constant objects in sys: flags, float_info, int_info, hash_info, version_info, implementation.
import sys
LEAKED = []
for name in ("flags", "float_info", "int_info", "hash_info", "version_info", "implementation", "thread_info"):
    o = getattr(sys, name, None)
    if o is None: continue
    for how in (lambda: setattr(o, "x", 1), lambda: object.__setattr__(o, "major", 2),
                lambda: tuple.__init__(o, (1, 2)), lambda: setattr(type(o), "x", 1),
                lambda: type(o)((1,) * 20), lambda: type(o).__new__(type(o), "x"),
                lambda: setattr(o, "__class__", tuple), lambda: o.__dict__.__setitem__("x", 1)):
        try: how(); LEAKED.append(name)
        except Exception: pass
for k, v in (("maxsize", 1), ("version", "pwned"), ("platform", "x"), ("byteorder", "big")):
    try: setattr(sys, k, v)
    except Exception: pass
print(sys.version_info[0] >= 3)
