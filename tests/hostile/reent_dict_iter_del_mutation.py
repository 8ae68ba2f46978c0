# Dict/list iteration where dropping a value (via __del__) mutates the container being iterated or cleared.
import gc
LEAKED = []
D = {}
L = []
budget = [400]
class V:
    def __del__(self):
        budget[0] -= 1
        if budget[0] <= 0: return
        D[len(D) + 10**6] = V() if budget[0] % 3 else None
        if budget[0] % 2: L.append(V())
        L[:] = L[:3]
for i in range(50):
    D[i] = V(); L.append(V())
for k in list(D)[:10]:
    try: del D[k]
    except Exception: pass
try: D.clear(); L.clear()
except Exception: pass
try:
    for k, v in D.items(): D.pop(k, None)
except RuntimeError: pass
try: L[0:2] = [V()]; del L[:]
except Exception: pass
budget[0] = 0
D.clear(); L.clear(); gc.collect()
print("done")
