# Assigns __class__ on builtin instances and singletons (None, True, 1, '', (), b'') to compatible-looking subclasses.
LEAKED = []
class I(int): __slots__ = ()
class S(str): __slots__ = ()
class T(tuple): __slots__ = ()
class O: __slots__ = ()
class P: pass
for obj in (None, True, False, 1, 0, 256, "", "a", (), b"", Ellipsis, NotImplemented, 1.0, object()):
    for cls in (I, S, T, O, P, bool, int, type(None), type, object):
        for how in (lambda: setattr(obj, "__class__", cls), lambda: object.__setattr__(obj, "__class__", cls),
                    lambda: object.__dict__["__class__"].__set__(obj, cls)):
            try:
                how(); LEAKED.append((repr(obj), cls.__name__))
            except Exception:
                pass
print(type(None), type(1), type(""), type(True), 1 + 1)
