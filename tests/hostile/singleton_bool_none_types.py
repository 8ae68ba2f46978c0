# Calls bool/NoneType/ellipsis/NotImplementedType constructors, __new__, __init__ and __bool__ with hostile arguments.
LEAKED = []
class Evil:
    def __bool__(self):
        try: setattr(bool, "pwned", 1)
        except Exception: pass
        return 3
    def __index__(self): return 2**64
    def __len__(self): return -1
for T in (bool, type(None), type(Ellipsis), type(NotImplemented)):
    for args in ((), (1,), (Evil(),), (1, 2), (None,)):
        for f in (T, T.__new__, lambda *a: T.__new__(T, *a), lambda *a: T.__init__(T(), *a),
                  lambda *a: object.__new__(T)):
            try: LEAKED.append(f(*args))
            except Exception: pass
try: bool.__new__(int, 1)
except Exception: pass
LEAKED = []
print(bool(1) is True, bool() is False, type(None)() is None)
