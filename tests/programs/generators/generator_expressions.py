# Generator expressions: laziness, single use, scoping, and as sole call argument.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
log = []
def src():
    for i in range(3):
        log.append('produce %d' % i)
        yield i
lazy = (v * 10 for v in src())
print(log)
print(next(lazy), log)
print(sum(x for x in range(101)), max(len(w) for w in ['a', 'abc', 'ab']))
print(sorted((c for c in 'hello'), reverse=True))
print(list((i, j) for i in range(3) for j in range(i)))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
try:
    bad = (1 / x for x in [1, 0])
    print(next(bad))
    print(next(bad))
except ZeroDivisionError as e:
    print('ZeroDivisionError raised lazily:', e)
try:
    (x for x in 5)
except TypeError as e:
    print('TypeError raised eagerly:', e)
it = iter([1, 2, 3])
ge = (x for x in it)
print(next(it), list(ge))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in [1, -1]))
nested = ((x, y) for x in range(2) for y in (x * 10 for _ in range(2)))
print(list(nested))
print(dict((k, k * 2) for k in 'ab'), set(c for c in 'abca') == {'a', 'b', 'c'}, tuple(i for i in ''))
def consume(iterable):
    return ','.join(iterable)
print(consume(str(i) for i in range(5)))
ge2 = (i for i in range(3))
print(ge2.gi_running, ge2.gi_frame is not None)
list(ge2)
print(ge2.gi_frame)
print((x for x in []).__name__, (x for x in []).__qualname__)
