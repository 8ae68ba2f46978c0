# Calls type.__subclasses__/__mro__/mro/__instancecheck__ descriptors with wrong receivers and odd arguments.
LEAKED = []
d = type.__dict__
for name in ("__subclasses__", "mro", "__instancecheck__", "__subclasscheck__", "__dir__", "__sizeof__", "__prepare__"):
    f = d.get(name)
    if f is None: continue
    for recv in (1, "x", None, object, type, [], object(), len):
        for extra in ((), (1,), (int, str)):
            try: f(recv, *extra)
            except Exception: pass
            try: f.__get__(recv)(*extra)
            except Exception: pass
for name in ("__mro__", "__bases__", "__base__", "__dict__", "__name__", "__module__"):
    for recv in (1, "x", None, object()):
        try: d[name].__get__(recv, type(recv))
        except Exception: pass
print(object.__subclasses__() is not None)
