# Calls __set_name__ with builtin types as owner, and defines classes whose attributes' __set_name__ mutate builtins.
LEAKED = []
class Evil:
    def __set_name__(self, owner, name):
        for t in (str, int, object):
            try: setattr(t, name, 1)
            except Exception: pass
        try: type.__setattr__(owner.__mro__[-1], name, 2)
        except Exception: pass
class X:
    upper = Evil()
    __repr__ = Evil()
for d in (property(), classmethod(len), staticmethod(len)):
    for owner in (str, int, object, type, None, 1):
        try: d.__set_name__(owner, "upper")
        except Exception: pass
try: Evil().__set_name__(str, "__len__")
except Exception: pass
print("a".upper(), repr(1), len("ab"))
