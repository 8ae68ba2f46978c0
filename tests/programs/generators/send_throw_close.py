# Generator send(), throw() and close() semantics.
def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
                print('got', v)
            except ValueError as e:
                print('caught thrown', e)
                yield 'recovered'
    finally:
        print('finally, received', received)
g = echo()
print(next(g))
print(g.send('a'))
print(g.send('b'))
print(g.throw(ValueError('bad')))
print(next(g))
g.close()
print('closed')
g.close()
try:
    g.send(1)
except StopIteration:
    print('send after close -> StopIteration')
fresh = echo()
try:
    fresh.send('x')
except TypeError as e:
    print('TypeError:', e)
print(fresh.send(None))
fresh.close()
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse to die'
ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print('RuntimeError:', e)
def simple():
    yield 1
s = simple()
try:
    s.throw(KeyError('before start'))
except KeyError as e:
    print('KeyError propagated:', e)
print(list(s))
def returns_on_close():
    try:
        yield
    except GeneratorExit:
        return 'ignored value'
r = returns_on_close()
next(r)
print(r.close())
t = simple()
try:
    t.throw(TypeError, 'legacy signature')
except TypeError as e:
    print('TypeError:', e)
