# Hashes/compares live and dead weakrefs whose referents have hostile __hash__/__eq__ (mutating dicts/refs mid-compare).
import weakref, gc
LEAKED = []
class K:
    def __hash__(self):
        holder.clear(); gc.collect(); return 1
    def __eq__(self, o):
        holder.clear(); gc.collect(); return True
holder = [K() for _ in range(5)]
refs = [weakref.ref(k) for k in holder]
d = {}
for r in refs:
    try: d[r] = 1
    except Exception: pass
for a in refs:
    for b in refs:
        try: a == b; a != b; hash(a)
        except Exception: pass
holder.clear(); gc.collect()
for r in refs:
    try: hash(r); r == refs[0]; d.get(r)
    except Exception: pass
print(all(r() is None for r in refs))
