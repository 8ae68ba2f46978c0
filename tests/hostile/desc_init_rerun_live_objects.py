# Re-runs __init__ on live objects mid-operation: list.__init__ while iterating, dict.__init__ in lookup, set.__init__ in iteration.
LEAKED = []
L = list(range(50))
for i, x in enumerate(L):
    if i == 5: list.__init__(L, range(3))
    if i == 2: list.__init__(L, range(100))
D = {i: i for i in range(20)}
try:
    for k in D:
        dict.__init__(D, {100: 1})
except Exception: pass
S = set(range(20))
try:
    for x in S:
        set.__init__(S, [1, 2])
except Exception: pass
class K:
    def __hash__(self): return 1
    def __eq__(self, o):
        dict.__init__(D2); D2.clear(); return False
D2 = {}
try: D2[K()] = 1; D2[1] = 2; D2[1]; D2.get(K())
except Exception: pass
E = ValueError(1, 2)
for a in ((), (E,), (1,) * 100):
    try: BaseException.__init__(E, *a); OSError.__init__(E, *a)
    except Exception: pass
print(len(L) >= 0, str(E) is not None)
