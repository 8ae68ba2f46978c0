# Installs __init_subclass__/__set_name__/__class_getitem__ hooks on object and type so other contexts' classes call back.
import gc
LEAKED = []
def hook(cls, **kw):
    LEAKED.append(cls); LEAKED.append(getattr(cls, "token", None))
for t in (object, type, int, BaseException):
    for k, v in (("__init_subclass__", classmethod(hook)), ("__set_name__", hook),
                 ("__class_getitem__", classmethod(hook)), ("__prepare__", staticmethod(hook))):
        try: setattr(t, k, v)
        except Exception: pass
        try:
            [d for d in gc.get_referents(t.__dict__) if isinstance(d, dict)][0][k] = v
        except Exception:
            pass
class Probe: pass
LEAKED = [x for x in LEAKED if x is not Probe and x is not None]
print("done")
