# Assigns __bases__ on user subclasses of builtins to incompatible layouts, cycles, and the builtin types themselves.
LEAKED = []
class A(int): pass
class B(str): pass
class C(list): pass
class D: pass
class E(D): pass
class F(BaseException): pass
for cls, bases in ((A, (str,)), (B, (int,)), (C, (dict,)), (D, (E,)), (D, (int,)), (E, (bool,)),
                   (F, (list,)), (A, (bool,)), (E, (type,)), (D, (D,)), (E, (object, object)),
                   (A, (float,)), (C, (tuple,)), (F, (KeyError, OSError))):
    try:
        cls.__bases__ = bases; LEAKED.append(cls.__name__)
    except Exception:
        pass
for cls in (A, B, C, D, E, F):
    try: cls(); cls.__mro__
    except Exception: pass
try: E.__bases__ = (A,); x = E(5); x + 1
except Exception: pass
print(int(3) + 1, str(2), list([1]))
