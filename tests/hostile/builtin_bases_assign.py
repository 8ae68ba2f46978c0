# Assigns __bases__ on builtin types (int, bool, str, object, type) through every spelling.
LEAKED = []
class A: pass
class B(int): pass
for t in (int, bool, str, object, type, list, dict, BaseException, KeyError):
    for bases in ((A,), (object,), (str,), (B,), (), (int, str), (t,), (type,)):
        for how in (lambda: setattr(t, "__bases__", bases), lambda: type.__setattr__(t, "__bases__", bases),
                    lambda: type.__dict__["__bases__"].__set__(t, bases)):
            try:
                how(); LEAKED.append((t.__name__, bases))
            except Exception:
                pass
print(bool.__bases__, int.__mro__, isinstance(True, int))
