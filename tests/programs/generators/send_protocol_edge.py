# Corner cases: yield as expression in various positions, yield in try, yield precedence.
def positions():
    a = yield 1
    b = (yield 2) + 10
    c = [(yield 3), (yield 4)]
    d = {'k': (yield 5)}
    print('values:', a, b, c, d)
    yield
g = positions()
print(next(g), g.send('A'), g.send(5), g.send('c1'), g.send('c2'))
g.send('D')
def yield_in_args():
    print('args:', (yield 'first'), (yield 'second'))
    yield 'done'
h = yield_in_args()
print(next(h), h.send(1), h.send(2))
def yield_tuple():
    x = yield 1, 2
    print('x =', x)
    y = yield
    print('y =', y)
t = yield_tuple()
print(next(t))
print(t.send('sent'))
try:
    t.send('last')
except StopIteration:
    print('stop')
def yield_in_lambda_default():
    f = lambda: (yield 'from lambda')
    yield list(f())
print(list(yield_in_lambda_default()))
def yield_in_condition():
    if (yield 'ask'):
        yield 'truthy branch'
    else:
        yield 'falsy branch'
c1 = yield_in_condition(); next(c1); print(c1.send(1))
c2 = yield_in_condition(); next(c2); print(c2.send(0))
def multi_send():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
m = multi_send()
next(m)
for v in range(1, 5):
    print(m.send(v))
