# Compares id() and hash() of shared objects and walks gc objects by id to guess other contexts' objects.
import gc
LEAKED = []
ids = {id(x): x for x in (None, True, 1, "", (), str, int)}
try:
    objs = gc.get_objects()
    lo = min(id(o) for o in objs); hi = max(id(o) for o in objs)
    by_id = {id(o): o for o in objs}
    for o in objs:
        if isinstance(o, dict) and o is not globals() and "victim_fn" in o:
            LEAKED.append(o)
    LEAKED.append(hi - lo > 0)
except Exception:
    pass
for s in ("secret", "victim-", "a" * 100):
    LEAKED.append(hash(s) == hash(str(s)))
for o in (None, True, 1.5, (1, 2), frozenset({1}), str, len):
    try: LEAKED.append(hash(o) == hash(o))
    except Exception: pass
LEAKED = [x for x in LEAKED if not isinstance(x, bool)]
print("done")
