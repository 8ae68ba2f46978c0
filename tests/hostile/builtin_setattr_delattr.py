# setattr/delattr on builtin types (str, int, object, type, dict, list, function, NoneType) through every spelling.
LEAKED = []
FT = type(lambda: 0)
NT = type(None)
for t in (str, int, object, type, dict, list, FT, NT, bool, tuple, BaseException):
    for name in ("pwned", "__repr__", "__len__", "__eq__", "__hash__", "__init__", "__call__", "mro"):
        for how in (
            lambda: setattr(t, name, lambda *a: "pwned"),
            lambda: type.__setattr__(t, name, 1),
            lambda: object.__setattr__(t, name, 1),
            lambda: delattr(t, name),
            lambda: type.__delattr__(t, name),
            lambda: object.__delattr__(t, name),
        ):
            try:
                how(); LEAKED.append((t.__name__, name))
            except Exception:
                pass
print(repr(1), "a" == "a", len([1]))
