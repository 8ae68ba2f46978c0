# Default values are evaluated once at definition time, left to right.
order = []
def mark(x):
    order.append(x)
    return x
def f(a=mark(1), b=mark(2), *, c=mark(3)):
    return a, b, c
print(order, f())
order.clear()
def g(a=mark('x')):
    return a
print(order)
print(f.__defaults__, f.__kwdefaults__, g.__defaults__)
def h(x, y=10):
    return x + y
h.__defaults__ = (100,)
print(h(1))
h.__defaults__ = None
try:
    h(1)
except TypeError as e:
    print('TypeError:', e)
def k(*, z=1):
    return z
k.__kwdefaults__ = {'z': 'patched'}
print(k())
n = 5
def uses_n(v=n):
    return v
n = 6
print(uses_n())
def accum(item, into=None):
    if into is None:
        into = []
    into.append(item)
    return into
print(accum(1), accum(2))
def shared(item, into=[]):
    into.append(item)
    return into
print(shared(1), shared(2), shared.__defaults__)
class C:
    def m(self, v=order):
        return v is order
print(C().m())
def nodef(a, b): pass
print(nodef.__defaults__, nodef.__kwdefaults__)
lam = lambda a, b=2, *c, d=4, **e: (a, b, c, d, e)
print(lam(1), lam.__defaults__, lam.__kwdefaults__)
