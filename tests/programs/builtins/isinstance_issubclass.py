# isinstance/issubclass with tuples, nested tuples, and __instancecheck__/__subclasscheck__.
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float, int)), isinstance(1, ((str,), (int,))))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(int, int), issubclass(object, int))
print(isinstance(int, type), isinstance(type, type), isinstance(object, object), issubclass(type, object))
class Meta(type):
    def __instancecheck__(cls, obj):
        print('  __instancecheck__', type(obj).__name__)
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        print('  __subclasscheck__', sub.__name__)
        return hasattr(sub, 'quack')
class Duck(metaclass=Meta):
    pass
class Mallard:
    def quack(self): pass
class Rock:
    pass
print(isinstance(Mallard(), Duck), isinstance(Rock(), Duck))
print(issubclass(Mallard, Duck), issubclass(Rock, Duck))
print(isinstance(Duck(), Duck))
print(isinstance(Mallard(), (int, Duck)))
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, (int, 1))]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)
print(isinstance(1, list[int]) if False else 'generic alias check:', end=' ')
try:
    isinstance([1], list[int])
except TypeError as e:
    print('TypeError:', e)
print(isinstance(None, type(None)), isinstance(..., type(...)), isinstance(print, type(len)))
class Base: pass
class Derived(Base): pass
print(isinstance(Derived(), Base), issubclass(Derived, (Rock, Base)), issubclass(Base, Derived))
class FakeClass:
    __class__ = int
print(isinstance(FakeClass(), int), type(FakeClass()).__name__)
class Bases:
    __bases__ = (Base,)
print(isinstance(1, int | str), issubclass(bool, int | None), isinstance(None, int | None))
print(isinstance(3, (int | str, float)), (int | str).__args__, int | str == str | int)
