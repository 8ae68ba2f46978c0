# Asks gc.get_referrers() for everything referring to None, True, False, Ellipsis and NotImplemented.
import gc
LEAKED = []
N = "victim-" + "secret"
for s in (None, True, False, Ellipsis, NotImplemented):
    try:
        for r in gc.get_referrers(s):
            if r is globals() or r is LEAKED:
                continue
            try:
                if N in repr(r):
                    LEAKED.append(r)
            except Exception:
                pass
    except Exception:
        pass
print("done")
