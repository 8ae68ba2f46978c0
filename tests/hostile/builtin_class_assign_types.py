# Assigns __class__ on builtin types themselves (str.__class__ = M) and on modules, functions and builtin methods.
import sys
LEAKED = []
class M(type): pass
class Mod(type(sys)): pass
for obj, cls in ((str, M), (int, M), (type, M), (object, M), (sys, Mod), (len, M),
                 (lambda: 0, M), ("".upper, M), (type(None), M), (M, type)):
    for how in (lambda: setattr(obj, "__class__", cls), lambda: object.__setattr__(obj, "__class__", cls),
                lambda: type.__setattr__(obj, "__class__", cls)):
        try:
            how(); LEAKED.append(obj)
        except Exception:
            pass
print(type(str) is type, type(sys).__name__)
