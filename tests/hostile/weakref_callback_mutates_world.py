# Weakref callbacks that raise, mutate builtins, create new weakrefs to themselves and chain more callbacks.
import gc, weakref
LEAKED = []
class O: pass
keep = []
def cb(r):
    o = O()
    keep.append(weakref.ref(o, cb2))
    try: setattr(int, "pwned", 1)
    except Exception: pass
    try: __builtins__["len"] = None if isinstance(__builtins__, dict) else None
    except Exception: pass
    raise ValueError("from callback")
def cb2(r):
    keep.append(r)
    raise KeyboardInterrupt
for i in range(30):
    o = O()
    keep.append(weakref.ref(o, cb))
    del o
gc.collect()
del keep[:]
LEAKED = []
print(len("ab"))
