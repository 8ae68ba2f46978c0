# yield from: delegation, return values, send/throw passthrough.
def inner():
    x = yield 'inner-1'
    print('inner received', x)
    y = yield 'inner-2'
    print('inner received', y)
    return 'inner-result'
def outer():
    r = yield from inner()
    print('outer got return value', r)
    yield 'outer-after'
    return 'outer-result'
g = outer()
print(next(g))
print(g.send('A'))
print(g.send('B'))
try:
    next(g)
except StopIteration as e:
    print('StopIteration value', e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], 'ab', range(3), (x * x for x in range(3)))))
def thrower():
    try:
        yield 1
    except KeyError as e:
        print('inner handled', e)
        yield 'after-throw'
def delegator():
    yield from thrower()
d = delegator()
next(d)
print(d.throw(KeyError('k')))
def closer():
    try:
        yield 1
    finally:
        print('inner cleanup')
def del2():
    try:
        yield from closer()
    finally:
        print('outer cleanup')
c = del2()
next(c)
c.close()
def gen_returning_none():
    yield 1
def use():
    r = yield from gen_returning_none()
    yield r
print(list(use()))
def from_iterator():
    r = yield from iter([1, 2])
    yield ('return from plain iterator', r)
print(list(from_iterator()))
def depth(n):
    if n == 0:
        yield 'bottom'
        return 0
    r = yield from depth(n - 1)
    return r + 1
def top():
    total = yield from depth(5)
    yield total
print(list(top()))
