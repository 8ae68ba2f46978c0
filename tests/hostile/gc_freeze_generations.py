# Freezes the gc, asks for objects per generation and the permanent generation, then scans them.
import gc
N = "victim-" + "secret"
LEAKED = []
try: gc.freeze()
except Exception: pass
for gen in (0, 1, 2, None, -1, 3, 2**63):
    try:
        objs = gc.get_objects(gen) if gen is not None else gc.get_objects()
        for o in objs:
            if o is not LEAKED and o is not globals() and N in repr(o):
                LEAKED.append(o)
    except Exception:
        pass
try: LEAKED.append(gc.get_freeze_count()); gc.unfreeze()
except Exception: pass
for t in (0, 1, 2**31, -1):
    try: gc.set_threshold(t, t, t)
    except Exception: pass
try: gc.set_threshold(700, 10, 10); gc.collect(2); gc.collect(5)
except Exception: pass
print("done")
