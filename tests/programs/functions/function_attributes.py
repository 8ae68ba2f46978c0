# Function object attributes: __name__, __qualname__, __doc__, __dict__, __module__.
def plain(a, b=1):
    "Docstring here."
    return a
print(plain.__name__, plain.__qualname__, plain.__doc__, plain.__module__)
class Outer:
    def method(self):
        def nested():
            pass
        return nested
    class Inner:
        def deep(self):
            pass
print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.Inner.deep.__qualname__)
plain.custom = 'attr'
print(plain.custom, plain.__dict__)
plain.__name__ = 'renamed'
print(plain.__name__, plain.__qualname__)
try:
    plain.__name__ = 5
except TypeError as e:
    print('TypeError:', e)
def nodoc():
    x = 'not a docstring'
print(nodoc.__doc__)
print(callable(plain), type(plain).__name__)
print(plain.__code__.co_argcount, plain.__code__.co_varnames)
def with_kwdefaults(*, k=3):
    pass
print(with_kwdefaults.__kwdefaults__)
print(plain.__globals__ is globals())
print(sorted(k for k in dir(plain) if k in ('__call__', '__get__', '__code__', '__closure__')))
print(plain.__closure__)
def make():
    v = 1
    def inner():
        return v
    return inner
print(len(make().__closure__), make().__closure__[0].cell_contents)
print(repr(plain.__defaults__), Outer.method.__defaults__)
class K:
    def m(self): pass
bound = K().m
print(bound.__name__, bound.__func__ is K.m, type(bound).__name__, bound.__self__.__class__.__name__)
