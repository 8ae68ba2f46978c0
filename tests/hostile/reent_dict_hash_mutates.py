# __hash__ that inserts/deletes into the dict being modified, and dict iteration with mutation during value repr.
LEAKED = []
d = {}
class H:
    n = 0
    def __hash__(self):
        H.n += 1
        if H.n < 200:
            d[H.n] = H.n
            d.pop(H.n - 1, None)
        return H.n
for i in range(30):
    try: d[H()] = i
    except Exception: pass
class V:
    def __repr__(self):
        d.clear(); d.update({i: V() for i in range(3)}) if len(d) < 1 else None
        return "v"
d = {i: V() for i in range(10)}
try: repr(d)
except Exception: pass
try:
    for k in d: d[k + 1000] = 1
except RuntimeError: pass
print(len(d) >= 0)
