# Interns strings the victim uses and tries to change them in place (str.__init__, __class__, dict, identity games).
import sys
LEAKED = []
for s in ("secret", "k", "token", "", "a", "__name__", "victim_fn"):
    try: t = sys.intern(s)
    except Exception: continue
    for how in (lambda: str.__init__(t, "pwned"), lambda: object.__setattr__(t, "x", 1),
                lambda: setattr(t, "__class__", type("S", (str,), {"__slots__": ()})),
                lambda: str.__new__(str, t).__init__("pwned"), lambda: sys.intern(t + ""),
                lambda: sys.intern(type("S2", (str,), {})(t))):
        try: how()
        except Exception: pass
for bad in (1, None, b"x", type("S3", (str,), {})("secret")):
    try: sys.intern(bad)
    except Exception: pass
LEAKED = []
print("secret" == "sec" + "ret", len("token"))
