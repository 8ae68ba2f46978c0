# Deeply nested dicts, tuples, frozensets and instance chains: hash/repr/== and dealloc must not overflow the native stack.
LEAKED = []
t = ()
for i in range(10**5): t = (t,)
d = {}
for i in range(10**5): d = {"d": d}
fs = frozenset()
for i in range(10**5): fs = frozenset([fs])
class N: pass
n = None
for i in range(10**5):
    m = N(); m.next = n; n = m
for o in (t, d, fs, n):
    for f in (hash, repr, lambda a: a == a, lambda a: {a: 1} if a.__hash__ else None, str):
        try: f(o)
        except (RecursionError, TypeError): pass
del t, d, fs, n, m
print("done")
