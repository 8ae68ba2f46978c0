# Functions containing yield become generator functions; return values.
def gen_fn():
    yield 1
    return 'ret'
def normal_fn():
    return 1
g = gen_fn()
print(type(g).__name__, gen_fn.__code__.co_flags & 0x20 != 0, normal_fn.__code__.co_flags & 0x20 != 0)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('return value:', e.value)
def never_yields():
    if False:
        yield
    print('body runs on first next')
    return 5
ng = never_yields()
print('created')
try:
    next(ng)
except StopIteration as e:
    print('value', e.value)
def lazy_args(x):
    print('start', x)
    yield x
lg = lazy_args('arg')
print('before next')
print(next(lg))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('generator finally')
wf = with_finally()
print(next(wf))
wf.close()
print('closed')
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(counter(5)), sum(counter(101)), list(counter(0)))
def yield_expr_value():
    x = yield
    print('received', x)
    y = yield x * 2
    print('received', y)
ye = yield_expr_value()
next(ye)
print(ye.send(21))
try:
    ye.send('last')
except StopIteration:
    print('finished')
