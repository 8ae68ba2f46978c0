# For each non-builtin class reachable by __subclasses__, finds its instances with gc.get_referrers and dumps their __dict__.
import gc, builtins
LEAKED = []
mine = {id(v) for v in globals().values()}
def walk(c, out, seen):
    for s in type.__subclasses__(c):
        if id(s) not in seen:
            seen.add(id(s)); out.append(s); walk(s, out, seen)
classes = []
walk(object, classes, set())
for c in classes:
    if getattr(builtins, c.__name__, None) is c or id(c) in mine: continue
    try:
        for r in gc.get_referrers(c):
            if type(r) is c:
                LEAKED.append(getattr(r, "__dict__", r))
                for k in dir(r):
                    LEAKED.append(getattr(r, k, None))
    except Exception:
        pass
print("done")
