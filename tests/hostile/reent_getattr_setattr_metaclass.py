# Metaclass __getattribute__/__setattr__ and class __setattr__ that re-enter attribute machinery of builtin types.
LEAKED = []
class Meta(type):
    def __getattribute__(cls, n):
        try: type.__setattr__(cls, "hit", 1)
        except Exception: pass
        return type.__getattribute__(cls, n)
    def __setattr__(cls, n, v):
        try: setattr(int, n, v)
        except Exception: pass
        type.__setattr__(cls, n, v)
class C(metaclass=Meta):
    def __setattr__(self, n, v):
        try: object.__setattr__(str, n, v)
        except Exception: pass
        object.__setattr__(self, n, v)
for op in (lambda: setattr(C, "upper", 1), lambda: setattr(C(), "upper", 2), lambda: C.mro(),
           lambda: C.__mro__, lambda: isinstance(C(), C), lambda: type.__getattribute__(int, "real")):
    try: op()
    except Exception: pass
print("a".upper(), (1).real)
