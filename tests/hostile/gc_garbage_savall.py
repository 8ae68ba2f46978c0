# Turns on DEBUG_SAVEALL, collects, and scans gc.garbage and gc.callbacks for other contexts' objects.
import gc
N = "victim-" + "secret"
LEAKED = []
try: gc.set_debug(gc.DEBUG_SAVEALL)
except Exception: pass
def cb(phase, info):
    try:
        for o in gc.garbage:
            if N in repr(o):
                LEAKED.append(o)
    except Exception:
        pass
try: gc.callbacks.append(cb)
except Exception: pass
class C: pass
for _ in range(100):
    a = C(); a.self = a
del a
try: gc.collect()
except Exception: pass
LEAKED.extend(o for o in list(gc.garbage) if N in repr(o))
try: gc.garbage.extend([1] * 10); gc.set_debug(0)
except Exception: pass
print("done")
