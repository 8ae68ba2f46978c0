# Walks BaseException's subclass tree, instantiates each with odd args and reads any foreign class attributes.
import builtins
LEAKED = []
stack, seen = [BaseException], set()
while stack and len(seen) < 2000:
    c = stack.pop()
    for s in type.__subclasses__(c):
        if id(s) in seen: continue
        seen.add(id(s)); stack.append(s)
        for args in ((), (1,), ("x", 2, 3), (None,) * 6):
            try:
                e = s(*args)
                str(e); repr(e); e.args; e.__reduce__()
            except Exception:
                pass
        if getattr(builtins, s.__name__, None) is not s:
            try: LEAKED.append((s, dict(vars(s))))
            except Exception: pass
print(len(seen) > 10)
