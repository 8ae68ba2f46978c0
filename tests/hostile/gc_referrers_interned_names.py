# Asks gc.get_referrers() for the interned names the victim uses as globals/attrs (its globals dict would refer to them).
import gc, sys
LEAKED = []
for name in ("secret", "victim_obj", "victim_fn", "VictimClass", "token", "k", "check", "victim_list", "victim_dict"):
    for cand in (name, sys.intern(name), "".join(list(name))):
        try:
            for r in gc.get_referrers(cand):
                if r is globals() or r is LEAKED:
                    continue
                if isinstance(r, dict) and ("victim_fn" in r or "token" in r or "k" in r):
                    LEAKED.append(r)
                    LEAKED.append(list(r.values()))
                elif isinstance(r, (tuple, list)) and r:
                    LEAKED.append(r)
        except Exception:
            pass
print("done")
