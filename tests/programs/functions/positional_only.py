# Positional-only parameters in functions, methods and lambdas.
def f(a, b, /):
    return a, b
print(f(1, 2))
try:
    f(1, b=2)
except TypeError as e:
    print('TypeError:', e)
def g(a, /, b, *, c):
    return a, b, c
print(g(1, 2, c=3), g(1, b=2, c=3))
try:
    g(a=1, b=2, c=3)
except TypeError as e:
    print('TypeError:', e)
def h(a=1, /, b=2):
    return a, b
print(h(), h(10), h(10, 20), h(b=5))
def k(name, /, **kw):
    return name, kw
print(k('pos', name='kw'))
class C:
    def m(self, x, /, y):
        return x, y
    @classmethod
    def cm(cls, z, /):
        return cls.__name__, z
    @staticmethod
    def sm(p, /, q=0):
        return p + q
print(C().m(1, y=2), C.cm(3), C.sm(4), C.sm(4, q=1))
lam = lambda x, /, y=0: x - y
print(lam(10), lam(10, y=3))
try:
    lam(x=1)
except TypeError as e:
    print('TypeError:', e)
print(f.__code__.co_posonlyargcount, g.__code__.co_posonlyargcount, g.__code__.co_argcount, g.__code__.co_kwonlyargcount)
def many(a, b, c, /, d):
    return a + b + c + d
print(many(1, 2, 3, 4), many(1, 2, 3, d=4))
try:
    many(1, 2, c=3, d=4)
except TypeError as e:
    print('TypeError:', e)
