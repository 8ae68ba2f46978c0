# Pokes gc.is_tracked/get_stats/get_count and collects with odd arguments while holding cycles with finalizers.
import gc
LEAKED = []
class D:
    def __del__(self):
        LEAKED.append(gc.get_count())
        try: gc.collect()
        except Exception: pass
for _ in range(50):
    d = D(); d.cyc = d
del d
for arg in (0, 1, 2, -1, 3, "2", None, 2**100):
    try: gc.collect(arg)
    except Exception: pass
for o in (None, 1, "", (), [], {}, object, gc, gc.collect):
    try: gc.is_tracked(o)
    except Exception: pass
try: LEAKED.append(len(gc.get_stats()))
except Exception: pass
LEAKED = [x for x in LEAKED if not isinstance(x, str)]
print("done")
