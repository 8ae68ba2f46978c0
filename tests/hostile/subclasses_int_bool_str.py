# Lists subclasses of int, str, dict, list, tuple and their instances via gc, looking for foreign classes.
import gc
LEAKED = []
mine = set(id(v) for v in globals().values())
for base in (int, str, dict, list, tuple, float, bytes, set, frozenset, type(None), bool):
    try:
        for s in base.__subclasses__():
            if id(s) in mine: continue
            LEAKED.append(s)
            for r in gc.get_referrers(s):
                if isinstance(r, base):
                    LEAKED.append(r)
    except Exception:
        pass
try: LEAKED.append(bool.__subclasses__()); LEAKED.append(type(None).__subclasses__())
except Exception: pass
print("done")
