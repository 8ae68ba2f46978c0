# Abuses super(): super(type, int).__setattr__, super with mismatched args, super.__init__ re-run, __self_class__ reads.
LEAKED = []
for a in ((type, int), (int, 1), (object, str), (type, type), (str, "x"), (int, True), (object, None)):
    try:
        s = super(*a)
        LEAKED.append(repr(s))
        for f in (lambda: s.__setattr__("x", 1), lambda: s.__delattr__("upper"), lambda: s.__init__(),
                  lambda: s.__getattribute__("__dict__"), lambda: super.__init__(s, list, [1])):
            try: f()
            except Exception: pass
    except Exception:
        pass
for a in ((1,), (int, "x"), (None, None), (1, 1), (type,), (object, object, object)):
    try: super(*a)
    except Exception: pass
s = super(int, 1)
for a in ((list, [1]), (dict, {}), (int,)):
    try: super.__init__(s, *a); s.__repr__()
    except Exception: pass
LEAKED = []
print((1).__repr__(), str.upper("a"))
