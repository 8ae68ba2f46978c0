# Introspecting classes and instances: __dict__, __class__, __mro__, __module__, __qualname__.
class Base:
    """Base doc."""
    base_attr = 1
    def m(self):
        pass
class Derived(Base):
    __slots__ = ()
obj = Base()
obj.x = 10
print(obj.__class__.__name__, obj.__class__.__qualname__, obj.__module__, obj.__dict__, obj.__doc__)
print([c.__name__ for c in Derived.__mro__], Derived.__bases__[0].__name__, Derived.__doc__)
print(sorted(k for k in Base.__dict__ if not k.startswith('__')), '__weakref__' in Base.__dict__)
print(type(Base.__dict__['m']).__name__, type(Base.m).__name__, type(obj.m).__name__)
print(Base.__name__, Base.__qualname__, type(Base).__name__, Base.__class__.__name__)
def outer():
    class Local:
        def method(self):
            pass
    return Local
L = outer()
print(L.__qualname__, L.method.__qualname__, L.__module__)
print(hasattr(Derived(), '__dict__'), Derived.__slots__, sorted(vars(Derived)))
print(callable(getattr(obj, 'm')), getattr(obj, 'x'), getattr(Base, 'base_attr'))
print(int.__module__, len.__module__, type(None).__module__, object.__module__)
print(isinstance(Base.__dict__, dict), type(Base.__dict__).__name__)
print(Base.m.__get__(obj).__self__ is obj, obj.m.__func__ is Base.m)
print([name for name, val in vars(Base).items() if callable(val)])
print(Exception.__module__, Exception.__qualname__, ValueError.__base__.__name__)
print(Base.__subclasses__()[0].__name__, object.__subclasses__().__class__.__name__)
