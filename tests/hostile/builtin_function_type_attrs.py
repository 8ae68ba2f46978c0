# Mutates attributes of builtin functions/methods and the function/method/code types (len.__dict__, print.__self__...).
import sys
LEAKED = []
FT, CT = type(lambda: 0), type((lambda: 0).__code__)
for obj in (len, print, sys.exit, "".join, [].append, object.__init__, str.upper, FT, CT, type(len)):
    for k, v in (("__dict__", {}), ("__self__", None), ("__call__", None), ("x", 1),
                 ("__wrapped__", 1), ("__module__", "m"), ("__code__", (lambda: 1).__code__)):
        try: setattr(obj, k, v); LEAKED.append((k, repr(obj)))
        except Exception: pass
for k in ("__code__", "__globals__", "__defaults__", "__kwdefaults__", "__closure__", "__name__"):
    try: FT.__dict__[k].__set__(len, None)
    except Exception: pass
    try: FT.__dict__[k].__get__(print)
    except Exception: pass
print(len("abc"), callable(print))
