# Calls weakref.getweakrefs/getweakrefcount on builtin types and singletons, then dereferences and re-points what it finds.
import weakref, builtins
LEAKED = []
for o in (object, type, int, str, dict, list, BaseException, Exception, type(None), None, 1, "secret", len, weakref.ref):
    try:
        rs = weakref.getweakrefs(o)
        LEAKED.append(weakref.getweakrefcount(o))
        for r in rs:
            t = r()
            if t is not None and getattr(builtins, getattr(t, "__name__", ""), None) is not t:
                LEAKED.append(t)
            try: r.__callback__; weakref.ref.__init__(r, 1)
            except Exception: pass
    except Exception:
        pass
LEAKED = [x for x in LEAKED if not isinstance(x, int)]
print("done")
