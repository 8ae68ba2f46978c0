# Many objects in cycles with weakrefs, __del__ and gc.callbacks that collect again and disable/enable the gc.
import gc, weakref
LEAKED = []
def gccb(phase, info):
    if phase == "start":
        try: gc.disable(); gc.enable()
        except Exception: pass
class C:
    def __del__(self):
        try: gc.collect()
        except Exception: pass
try: gc.callbacks.append(gccb)
except Exception: pass
refs = []
for i in range(40):
    c = C(); c.me = c
    refs.append(weakref.ref(c, lambda r: gc.collect()))
del c
gc.collect()
try: gc.callbacks.remove(gccb)
except Exception: pass
print(sum(1 for r in refs if r() is None) >= 0)
