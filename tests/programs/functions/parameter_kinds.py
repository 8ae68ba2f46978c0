# Positional-only, positional-or-keyword, *args, keyword-only, **kwargs.
def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, kw)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5))
print(f(1, 2, 3, 40, 50, 60, e=5, f=7, g=8))
print(f(1, 2, 3, e=5, a=100))
for call in [lambda: f(1, b=2, c=3, e=5), lambda: f(1, 2, 3), lambda: f(1, 2, 3, e=1, c=2),
             lambda: f(1), lambda: f(1, 2, 3, 4, e=5, zz=1, **{'zz': 2})]:
    try:
        call()
    except TypeError as err:
        print('TypeError:', err)
def g(*, only):
    return only
print(g(only=1))
try:
    g(1)
except TypeError as err:
    print('TypeError:', err)
def h(x, /):
    return x
try:
    h(x=1)
except TypeError as err:
    print('TypeError:', err)
def defaults(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(defaults(1))
print(defaults(2))
print(defaults(3, []))
def star_only(*args):
    return args
print(star_only(), star_only(1), star_only(*range(3)))
def kw_only(**kw):
    return sorted(kw.items())
print(kw_only(), kw_only(z=1, a=2))
def pos_kw_same_name(a, /, **kw):
    return a, kw
print(pos_kw_same_name(1, a=2))
def too_many(a, b):
    pass
for args in [(), (1,), (1, 2, 3)]:
    try:
        too_many(*args)
    except TypeError as err:
        print('TypeError:', err)
try:
    too_many(1, 2, c=3)
except TypeError as err:
    print('TypeError:', err)
try:
    too_many(1, a=1)
except TypeError as err:
    print('TypeError:', err)
