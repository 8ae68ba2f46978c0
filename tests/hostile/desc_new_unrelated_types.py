# Calls T.__new__(U) for unrelated or incompatible U: BaseException.__new__(list), int.__new__(bool), object.__new__(list)...
LEAKED = []
news = (object, int, str, bytes, tuple, list, dict, set, frozenset, float, complex, bool, BaseException,
        KeyError, OSError, staticmethod, classmethod, property, type, range, slice, super, type(None), memoryview)
class Sub(int): pass
class Sub2(BaseException): pass
us = news + (Sub, Sub2, type(lambda: 0), type(len), type(iter([])))
for T in news:
    for U in us:
        for a in ((), (1,), ("x",)):
            try:
                x = T.__new__(U, *a)
                repr(x); str(x); hash(x) if type(x).__hash__ else None
                LEAKED.append(type(x).__name__)
            except Exception:
                pass
LEAKED = []
print(int(3), bool(1), list("ab"))
