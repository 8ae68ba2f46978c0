# Private name mangling of __names inside class bodies.
class A:
    __secret = 'A secret'
    def __init__(self):
        self.__private = 1
        self.__dunder__ = 'not mangled'
    def get(self):
        return self.__secret, self.__private
    def __method(self):
        return 'A.__method'
    def call(self):
        return self.__method()
a = A()
print(a.get(), a.call(), a._A__secret, a._A__private, a.__dunder__)
print(sorted(k for k in vars(a)))
try:
    a.__private
except AttributeError as e:
    print('AttributeError:', e)
class B(A):
    __secret = 'B secret'
    def __method(self):
        return 'B.__method'
    def getb(self):
        return self.__secret
b = B()
print(b.get(), b.getb(), b.call(), b._B__secret)
class _Under:
    def __m(self):
        return 'mangled with stripped underscore'
    def call(self):
        return self.__m()
print(_Under().call(), hasattr(_Under, '_Under__m'))
class C:
    def f(self):
        __local = 'local name'
        return __local
    def g(self):
        return getattr(self, '__x', 'getattr string not mangled')
    def h(self):
        self.__x = 5
        return sorted(vars(self))
print(C().f(), C().g(), C().h())
class D:
    __slots__ = ('__s',)
    def __init__(self):
        self.__s = 'slot'
print(D.__slots__, D()._D__s)
def outside(obj):
    return obj._A__secret
print(outside(a))
class E:
    import sys as __sys_mod
    def ver(self):
        return self.__sys_mod.version_info[0]
print(E().ver(), hasattr(E, '_E__sys_mod'))
