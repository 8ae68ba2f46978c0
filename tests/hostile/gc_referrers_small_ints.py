# Asks gc.get_referrers() for the cached small ints -5..256 and inspects every container found.
import gc
LEAKED = []
N = "victim-" + "secret"
for i in range(-5, 257):
    try:
        rs = gc.get_referrers(i)
    except Exception:
        continue
    for r in rs:
        if r is globals() or r is LEAKED:
            continue
        try:
            if N in repr(r):
                LEAKED.append(r)
        except Exception:
            pass
print("done")
