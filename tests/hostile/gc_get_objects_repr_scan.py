# Scans every object gc.get_objects() reports for the victim's secret in its repr.
import gc
N = "victim-" + "secret"
LEAKED = []
for o in gc.get_objects():
    if o is LEAKED or o is globals():
        continue
    try:
        if N in repr(o):
            LEAKED.append(o)
    except Exception:
        pass
print(len(LEAKED) >= 0)
