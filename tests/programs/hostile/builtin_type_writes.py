# Builtin types are immutable: every way of writing to one is refused with
# CPython's error, and nothing changes.
attacks = [
 "type.__setattr__(str, 'x', 1)",
 "str.__name__ = 'x'",
 "str.__qualname__ = 'x'",
 "int.__bases__ = (object,)",
 "str.__abstractmethods__ = frozenset({'a'})",
 "del str.__abstractmethods__",
 "str.__doc__ = 'x'",
 "object.__init_subclass__ = classmethod(lambda c: None)",
 "type.__dict__['__name__'].__set__(int, 'x')",
 "type.__delattr__(int, 'real')",
 "(1).__class__ = bool",
 "None.__class__ = int",
 "str.__module__ = 'm'",
 "type.__annotations__ = {}",
 "object.__setattr__(str, 'x', 1)",
]
for a in attacks:
    try:
        exec(a)
        print("OK??", a)
    except Exception as e:
        print(type(e).__name__, e)
print('x'.upper(), str.__name__, int.__bases__, str.__qualname__)
