# Sets __abstractmethods__ (and other type getsets) on builtin types to make them uninstantiable for everyone.
LEAKED = []
for t in (int, str, list, dict, object, type, tuple, BaseException):
    for how in (lambda: setattr(t, "__abstractmethods__", frozenset({"x"})),
                lambda: type.__dict__["__abstractmethods__"].__set__(t, frozenset({"x"})),
                lambda: type.__dict__["__abstractmethods__"].__delete__(t),
                lambda: type.__dict__["__dict__"].__set__(t, {}),
                lambda: type.__dict__["__mro__"].__set__(t, (t,)),
                lambda: type.__dict__["__text_signature__"].__set__(t, "()")):
        try: how(); LEAKED.append(t.__name__)
        except Exception: pass
print(int(1), str(2), list(), dict(), object() is not None, tuple())
