# Weakref callbacks and __del__ that resurrect the dying object (and the ref) into globals, repeatedly, across collections.
import gc, weakref
LEAKED = []
saved = []
class R:
    def __del__(self):
        saved.append(self)
        self.again = self
def cb(ref):
    saved.append(ref)
    try: saved.append(ref())
    except Exception: pass
for i in range(50):
    r = R(); r.cyc = r
    saved.append(weakref.ref(r, cb))
    del r
for _ in range(3):
    gc.collect()
    for x in list(saved):
        try: x() if isinstance(x, weakref.ref) else x.__dict__
        except Exception: pass
    del saved[:25]
LEAKED = []
print("done")
