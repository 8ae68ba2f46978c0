# Subclasses any foreign class found via __subclasses__ and overrides hooks to capture its class state.
import builtins
LEAKED = []
for c in object.__subclasses__():
    if getattr(builtins, c.__name__, None) is c or c.__name__ == "Spy": continue
    try:
        Spy = type("Spy", (c,), {"__init_subclass__": classmethod(lambda k: None)})
        s = Spy.__new__(Spy)
        LEAKED.append(s.token if hasattr(s, "token") else None)
        LEAKED.append(super(Spy, s).__getattribute__("__class__"))
        LEAKED.append(c.__mro__)
        LEAKED.append([getattr(c, k, None) for k in vars(c)])
    except Exception:
        pass
LEAKED = [x for x in LEAKED if x is not None]
print("done")
