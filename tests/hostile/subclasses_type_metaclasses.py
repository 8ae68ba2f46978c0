# Walks type.__subclasses__() (metaclasses) and every metaclass's instances reachable from object's subclass tree.
import builtins
LEAKED = []
seen, stack = set(), [type]
while stack and len(seen) < 10000:
    c = stack.pop()
    try: subs = c.__subclasses__()
    except Exception:
        try: subs = type.__subclasses__(c)
        except Exception: continue
    for s in subs:
        if id(s) not in seen:
            seen.add(id(s)); stack.append(s)
for c in object.__subclasses__():
    try:
        if type(c) is not type:
            LEAKED.append(type(c))
        if "token" in vars(c):
            LEAKED.append(vars(c)["token"])
    except Exception:
        pass
LEAKED = [x for x in LEAKED if not (isinstance(x, type) and getattr(builtins, x.__name__, None) is x)]
print("done")
