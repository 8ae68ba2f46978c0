# Finds weakref objects anywhere via gc (the victim holds a weakref to victim_obj) and dereferences them.
import gc, weakref
LEAKED = []
for o in gc.get_objects():
    cand = []
    if isinstance(o, weakref.ref): cand = [o]
    elif isinstance(o, dict): cand = [v for v in o.values() if isinstance(v, weakref.ref)]
    elif isinstance(o, (list, tuple)): cand = [v for v in o if isinstance(v, weakref.ref)]
    for r in cand:
        try:
            t = r()
            if t is not None and type(t).__name__ == "VictimClass":
                LEAKED.append(t); LEAKED.append(t.token); t.token = "pwned"
        except Exception:
            pass
print("done")
