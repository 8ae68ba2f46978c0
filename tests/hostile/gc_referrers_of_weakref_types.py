# Finds every weakref and generator via gc and calls/advances them (the victim holds a weakref and a generator).
import gc, weakref
LEAKED = []
for o in gc.get_objects():
    try:
        if isinstance(o, weakref.ref):
            t = o()
            if t is not None and type(t).__name__ == "VictimClass":
                LEAKED.append(t); LEAKED.append(t.token)
        elif type(o).__name__ == "generator" and o.gi_frame is not None:
            if o.gi_frame.f_globals is not globals():
                LEAKED.append(o.gi_frame.f_globals)
                LEAKED.append(next(o, None))
    except Exception:
        pass
for r in gc.get_referrers(weakref.ref):
    LEAKED.append(type(r).__name__)
print("done")
