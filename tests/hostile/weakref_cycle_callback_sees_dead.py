# Cyclic trash whose weakref callbacks and __del__ reach other members of the same dying cycle (classic UAF pattern).
import gc, weakref
LEAKED = []
class Node:
    def __del__(self):
        try: LEAKED.append(self.peer.peer)
        except Exception: pass
keep = []
def cb(r):
    for k in keep:
        try:
            x = k()
            if x is not None: LEAKED.append(x.peer)
        except Exception: pass
for i in range(50):
    a, b = Node(), Node()
    a.peer, b.peer = b, a
    a.wr = weakref.ref(b, cb)
    keep.append(weakref.ref(a, cb))
    del a, b
gc.collect()
LEAKED = []
print("done")
