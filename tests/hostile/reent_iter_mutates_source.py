# list.extend/tuple()/set()/str.join/dict(...) consuming iterators that mutate the very container being built or iterated.
LEAKED = []
L = [1, 2, 3]
def gen():
    for i in range(1000):
        if i < 50: L.extend(range(2))
        L.clear() if i == 60 else None
        yield i
try: L.extend(gen())
except Exception: pass
try: L[:] = gen(); L[1:3] = L
except Exception: pass
S = {1, 2}
def g2():
    for i in range(5):
        S.add(i + 100); yield i
try: S.update(g2())
except Exception: pass
class Lying:
    def __len__(self): return 3
    def __iter__(self):
        L.clear(); return iter([1, 2, 3, 4, 5])
    def __length_hint__(self): return 10**6
for f in (list, tuple, set, frozenset, L.extend, bytearray, lambda x: "".join(map(str, x))):
    try: f(Lying())
    except Exception: pass
print(len(L) >= 0)
