# Keyword argument binding and error messages.
def f(a, b, c=3, *, d, e=5):
    return a, b, c, d, e
print(f(1, 2, d=4), f(b=2, a=1, d=4), f(1, c=30, b=20, d=40, e=50))
cases = [
    ((1, 2), {}),
    ((1, 2, 3, 4), {'d': 1}),
    ((1,), {'a': 1, 'd': 1}),
    ((1, 2), {'d': 1, 'z': 9}),
    ((), {'d': 1}),
    ((1, 2), {'d': 1, 'c': 1, 'x': 1, 'y': 2}),
]
for args, kw in cases:
    try:
        f(*args, **kw)
    except TypeError as err:
        print('TypeError:', err)
def g(x):
    return x
try:
    g(y=1)
except TypeError as err:
    print('TypeError:', err)
try:
    g()
except TypeError as err:
    print('TypeError:', err)
def h(a, b, c, d):
    pass
try:
    h(1)
except TypeError as err:
    print('TypeError:', err)
try:
    h(1, 2)
except TypeError as err:
    print('TypeError:', err)
def kwonly(*, a, b, c):
    pass
try:
    kwonly(a=1)
except TypeError as err:
    print('TypeError:', err)
class M:
    def meth(self, x):
        pass
try:
    M().meth()
except TypeError as err:
    print('TypeError:', err)
try:
    M().meth(1, 2)
except TypeError as err:
    print('TypeError:', err)
try:
    M.meth()
except TypeError as err:
    print('TypeError:', err)
def nokw():
    pass
try:
    nokw(1)
except TypeError as err:
    print('TypeError:', err)
try:
    nokw(x=1)
except TypeError as err:
    print('TypeError:', err)
