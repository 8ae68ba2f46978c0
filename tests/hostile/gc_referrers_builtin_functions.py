# Asks gc.get_referrers() for builtin functions and the builtins dict, then for who refers to those referrers.
import gc, builtins
LEAKED = []
N = "victim-" + "secret"
seen = set()
level = [len, print, repr, builtins, builtins.__dict__, __builtins__]
def interesting(r):
    if isinstance(r, dict):
        return "victim_fn" in r or "secret" in r or "token" in r
    if isinstance(r, (list, tuple)) and len(r) < 50:
        return any(isinstance(x, str) and N in x for x in r)
    return type(r).__name__ == "function" and r.__name__ == "victim_fn"
for depth in range(2):
    nxt = []
    for o in level:
        try: rs = gc.get_referrers(o)
        except Exception: continue
        for r in rs[:200]:
            if id(r) in seen or r is globals() or r is LEAKED or r is level or r is nxt or r is seen:
                continue
            seen.add(id(r)); nxt.append(r)
            try:
                if interesting(r): LEAKED.append(r)
            except Exception: pass
    level = nxt[:300]
print("done")
