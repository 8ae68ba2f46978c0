# Follows gc.get_referents() of every module in sys.modules into their dicts and scans/modifies them.
import gc, sys
N = "victim-" + "secret"
LEAKED = []
for name, m in list(sys.modules.items()):
    try:
        for d in gc.get_referents(m):
            if isinstance(d, dict):
                for k, v in list(d.items()):
                    try:
                        if N in repr(v) and v is not LEAKED:
                            LEAKED.append(v)
                    except Exception:
                        pass
                if name != "__main__":
                    try: d["__pwned__"] = True
                    except Exception: pass
    except Exception:
        pass
print("done")
