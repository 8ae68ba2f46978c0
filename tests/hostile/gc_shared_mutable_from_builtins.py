# Walks gc.get_referents() from builtin types/singletons and mutates every mutable container or __dict__ it can reach.
import gc
LEAKED = []
roots = [object, type, int, str, bytes, list, dict, tuple, set, frozenset, float, bool, type(None), BaseException,
         KeyError, property, staticmethod, classmethod, range, slice, super, None, True, Ellipsis, NotImplemented, ()]
seen, queue, i = set(), list(roots), 0
while i < len(queue) and i < 30000:
    o = queue[i]; i += 1
    try:
        for r in gc.get_referents(o):
            if id(r) not in seen and not isinstance(r, type(gc)):
                seen.add(id(r)); queue.append(r)
    except Exception:
        pass
probe = "__hostile_probe__"
for o in queue:
    for op in (lambda: o.append(probe) if isinstance(o, list) else None,
               lambda: o.__setitem__(probe, 1) if isinstance(o, dict) else None,
               lambda: o.add(probe) if isinstance(o, set) else None,
               lambda: o.extend(b"x") if isinstance(o, bytearray) else None,
               lambda: setattr(o, probe, 1)):
        try: op()
        except Exception: pass
print(hasattr(int, probe), hasattr(None, probe))
