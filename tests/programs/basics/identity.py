# is / is not, singletons, and identity-preserving operations.
a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, ... is Ellipsis, NotImplemented is NotImplemented)
print(type(None)() is None, type(...)() is ..., bool(1) is True)
t = (1, 2)
print(tuple(t) is t, t[:] is t, t + () is t or 'tuple copy')
s = 'hello'
print(str(s) is s, s[:] is s)
fz = frozenset([1])
print(frozenset(fz) is fz)
l = [1]
print(l[:] is l, list(l) is l, l * 1 is l)
empty = ()
print(empty is tuple(), tuple(empty) is empty)
x = object()
y = x
print(x is y, x is object())
d = {}
print(d.get('missing') is None, d.setdefault('k', l) is l)
def f(): pass
print(f() is None)
print(type(1) is int, type(True) is bool, type(True) is int)
print(int is type(0), isinstance(True, int))
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
g = (i for i in ())
print(iter(g) is g)
it = iter([1])
print(iter(it) is it)
m = memoryview(b'ab')
print(m.obj is m.obj)
