# Subclasses weakref.ref with odd __init__/__call__/__hash__, and calls ReferenceType.__new__/__init__ with wrong arguments.
import weakref, gc
LEAKED = []
class Box: pass
class MyRef(weakref.ref):
    __slots__ = ("extra",)
    def __init__(self, o, cb=None, *rest):
        super().__init__(o, cb)
    def __call__(self): return weakref.ref.__call__(self)
b = Box()
for args in ((b,), (b, None), (b, len), (b, 1), (1,), (), (b, None, None)):
    for T in (weakref.ref, MyRef, weakref.ReferenceType):
        try: r = T(*args); r(); hash(r)
        except Exception: pass
        try: T.__new__(T, *args)
        except Exception: pass
r = weakref.ref(b)
for a in ((Box(),), (1,), (b, print)):
    try: weakref.ref.__init__(r, *a)
    except Exception: pass
for U in (int, list, Box, MyRef):
    try: weakref.ref.__new__(U, b)
    except Exception: pass
del b; gc.collect()
print(r() is None)
