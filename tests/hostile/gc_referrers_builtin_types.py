# Asks gc.get_referrers() for builtin types: the victim's class's MRO/bases tuples and instances would refer to them.
import gc
LEAKED = []
N = "victim-" + "secret"
for t in (object, type, int, str, list, dict, tuple, type(None), type(lambda: 0), BaseException):
    try:
        for r in gc.get_referrers(t):
            if r is globals() or r is LEAKED:
                continue
            try:
                if isinstance(r, tuple):
                    for x in r:
                        if isinstance(x, type) and x.__name__ == "VictimClass":
                            LEAKED.append(x.token)
                            LEAKED.append(x.__dict__)
                if N in repr(r):
                    LEAKED.append(r)
            except Exception:
                pass
    except Exception:
        pass
print("done")
