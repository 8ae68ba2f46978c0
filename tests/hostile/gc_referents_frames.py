# Uses gc.get_referents() on the current frame chain, code objects and functions to reach other globals.
import gc, sys
N = "victim-" + "secret"
LEAKED = []
f = sys._getframe()
while f is not None:
    try:
        for r in gc.get_referents(f):
            if isinstance(r, dict) and r is not globals():
                for k, v in list(r.items()):
                    if isinstance(v, str) and N in v:
                        LEAKED.append(v)
                    if k in ("victim_fn", "VictimClass", "victim_obj"):
                        LEAKED.append(r)
    except Exception:
        pass
    f = f.f_back
for fn in (print, len, gc.get_referents):
    try: LEAKED.extend(x for x in gc.get_referents(fn) if isinstance(x, dict) and "victim_fn" in x)
    except Exception: pass
print("done")
