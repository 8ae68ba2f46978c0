# Uses str-subclass attribute names with hostile __hash__/__eq__ in getattr/setattr/delattr and T.__dict__ lookups on builtin types.
import gc
LEAKED = []
n = [0]
class Name(str):
    def __hash__(self):
        n[0] += 1
        try: type("Tmp", (int,), {}); gc.collect()
        except Exception: pass
        return n[0] if n[0] % 2 else str.__hash__(self)
    def __eq__(self, o):
        try: setattr(int, "pwned", 1)
        except Exception: pass
        return True
for T in (str, int, object, type, type(None), len, None, 1, "s"):
    for nm in ("upper", "__repr__", "zzz", "__dict__", "__class__"):
        k = Name(nm)
        for op in (lambda: getattr(T, k), lambda: setattr(T, k, 1), lambda: delattr(T, k), lambda: hasattr(T, k),
                   lambda: type(T).__dict__[k], lambda: k in type(T).__dict__, lambda: vars(type(T)).get(k),
                   lambda: object.__getattribute__(T, k), lambda: type.__getattribute__(type(T), k)):
            try: op()
            except Exception: pass
print("a".upper(), repr(1))
