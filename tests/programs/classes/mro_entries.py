# __mro_entries__ lets non-class objects appear in a bases list.
class Base:
    def hello(self):
        return 'hello from Base'
class Proxy:
    def __mro_entries__(self, bases):
        print('mro_entries called with', len(bases), 'bases')
        return (Base,)
class C(Proxy()):
    pass
print(C.__bases__, C().hello(), C.__orig_bases__[0].__class__.__name__)
class Multi:
    def __mro_entries__(self, bases):
        return ()
class D(Multi(), Base):
    pass
print([k.__name__ for k in D.__mro__])
class E(list[int]):
    pass
print(E.__bases__, E.__orig_bases__, E([1, 2]))
try:
    class F(42):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class G(Base()):
        pass
except TypeError as e:
    print('TypeError:', e)
def not_a_class():
    pass
try:
    class H(not_a_class):
        pass
except TypeError as e:
    print('TypeError:', e)
class Twice:
    def __mro_entries__(self, bases):
        return (Base, object)
class I(Twice()):
    pass
print([k.__name__ for k in I.__mro__])
print(hasattr(Base, '__orig_bases__'))
