# Takes a weakref to every gc-visible object, then inspects getweakrefs() of each to find other contexts' weakrefs.
import gc, weakref
LEAKED = []
refs = []
for o in gc.get_objects()[:20000]:
    try: refs.append(weakref.ref(o))
    except TypeError: pass
    try:
        for r in weakref.getweakrefs(o):
            t = r()
            if type(t).__name__ == "VictimClass":
                LEAKED.append(t); LEAKED.append(t.token)
        weakref.getweakrefcount(o)
    except Exception:
        pass
del refs
gc.collect()
print("done")
