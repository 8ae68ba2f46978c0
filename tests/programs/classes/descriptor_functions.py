# Functions are non-data descriptors; methods produced by __get__; staticmethod/classmethod descriptors.
def f(self, x=0):
    return ('f', type(self).__name__, x)
class C:
    pass
c = C()
bm = f.__get__(c, C)
print(bm(), bm(5), type(bm).__name__, bm.__self__ is c)
print(f.__get__(None, C) is f)
C.f = f
print(c.f(1), C.f(c, 2))
sm = staticmethod(lambda: 'static')
print(sm.__get__(None, C)(), sm.__get__(c)())
cm = classmethod(lambda cls: cls.__name__)
print(cm.__get__(None, C)(), cm.__get__(c, C)())
p = property(lambda self: 'prop value')
print(p.__get__(c, C), p.__get__(None, C) is p)
try:
    p.__set__(c, 1)
except AttributeError as e:
    print('AttributeError:', e)
class Meth:
    def m(self):
        return 'm'
print(Meth.__dict__['m'].__get__(Meth())(), type(Meth.m).__name__, type(Meth().m).__name__)
print(len.__self__.__name__ if hasattr(len, '__self__') else 'no self', type(len).__name__)
print([].append.__self__, 'abc'.upper.__self__, type('abc'.upper).__name__)
print(str.upper('abc'), str.upper.__name__, str.__dict__['upper'].__get__('xyz')())
class Desc:
    def __get__(self, obj, owner):
        return 'desc from ' + ('instance' if obj is not None else 'class') + ' of ' + owner.__name__
class Owner:
    d = Desc()
class SubOwner(Owner):
    pass
print(Owner.d, Owner().d, SubOwner.d, SubOwner().d)
