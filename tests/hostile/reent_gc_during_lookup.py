# Generates cyclic garbage with __del__ that mutates a dict/list while that dict/list is being looked up, sorted or iterated.
import gc
LEAKED = []
D = {i: i for i in range(100)}
L = list(range(100))
budget = [2000]
class Trash:
    def __del__(self):
        budget[0] -= 1
        if budget[0] > 0:
            D.pop(next(iter(D), None), None); D[budget[0] + 1000] = 0
            if L: L.pop()
def garbage():
    for _ in range(30):
        t = Trash(); t.me = t
    return 0
class K:
    def __hash__(self): return 5
    def __eq__(self, o): garbage(); return False
def key(x):
    garbage(); return x
for op in (lambda: D[K()], lambda: K() in D, lambda: D.get(K()), lambda: L.sort(key=key), lambda: sorted(D, key=key),
           lambda: [garbage() for _ in D], lambda: L.index(K()), lambda: {k: garbage() for k in list(D)}):
    try: op()
    except Exception: pass
gc.collect()
print("done")
