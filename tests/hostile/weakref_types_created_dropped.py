# Weakrefs to classes that are created and dropped (subclasses of builtins), with callbacks that recreate subclasses.
import gc, weakref
LEAKED = []
def cb(r):
    try: type("Again", (int,), {}); LEAKED.append(1)
    except Exception: pass
refs = []
for i in range(100):
    T = type("T%d" % i, (str if i % 2 else int,), {"__del__": lambda s: None})
    refs.append(weakref.ref(T, cb))
    T(1)
    del T
gc.collect()
for r in refs:
    try: r()
    except Exception: pass
for s in int.__subclasses__() + str.__subclasses__():
    s.__name__
LEAKED = []
print(int(1), str(1))
