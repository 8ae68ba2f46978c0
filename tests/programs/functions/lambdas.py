# Lambda expressions: closures, defaults, immediate calls, sorting keys.
sq = lambda x: x * x
print(sq(7), sq.__name__, (lambda: 'nullary')())
add = lambda a, b=10, *rest, **kw: a + b + sum(rest) + sum(kw.values())
print(add(1), add(1, 2), add(1, 2, 3, 4), add(1, x=5))
pairs = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: (-p[0], p[1])))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
print(list(map(lambda x: x ** 2, range(5))), list(filter(lambda x: x % 2, range(10))))
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(10))
print((lambda *a: a)(1, 2), (lambda **k: k)(a=1))
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
cond = lambda x: 'pos' if x > 0 else ('neg' if x < 0 else 'zero')
print([cond(v) for v in (-1, 0, 1)])
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
print((lambda: (yield))().__class__.__name__)
print(repr((lambda: 0).__code__.co_name), (lambda: 0).__qualname__)
def outer():
    return lambda: 0
print(outer().__qualname__)
