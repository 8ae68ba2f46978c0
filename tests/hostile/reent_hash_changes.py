# Objects whose hash changes after insertion (and whose __eq__ lies) stored in dicts and sets, then looked up/removed.
LEAKED = []
class H:
    def __init__(self): self.h = 1
    def __hash__(self):
        self.h += 1; return self.h
    def __eq__(self, o): return True
keys = [H() for _ in range(50)]
d, s = {}, set()
for k in keys:
    try: d[k] = 1; s.add(k)
    except Exception: pass
for k in keys:
    try: d[k]; k in s; s.discard(k); d.pop(k, None); del d[k]
    except Exception: pass
try: {**d}; dict(d); set(s); frozenset(s); d == dict(d); s == set(s)
except Exception: pass
print(len(d) >= 0)
