# Cleanup in generators: finally on close, on garbage collection, on exceptions.
def resource(name):
    print('open', name)
    try:
        yield name + '-1'
        yield name + '-2'
    finally:
        print('close', name)
for v in resource('a'):
    print(v)
for v in resource('b'):
    print(v)
    break
print('after break')
g = resource('c')
next(g)
del g
print('after del')
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
    finally:
        print('finally after GeneratorExit')
c = catcher()
next(c)
c.close()
def never_started():
    try:
        yield
    finally:
        print('should not print: generator never started')
ns = never_started()
ns.close()
del ns
def raises_in_finally():
    try:
        yield 1
    finally:
        raise ValueError('from finally')
r = raises_in_finally()
next(r)
try:
    r.close()
except ValueError as e:
    print('ValueError from close:', e)
def with_cm():
    class CM:
        def __enter__(self): print('enter'); return self
        def __exit__(self, *a): print('exit', a[0].__name__ if a[0] else None)
    with CM():
        yield 'inside with'
w = with_cm()
print(next(w))
w.close()
w2 = with_cm()
print(next(w2))
try:
    w2.throw(KeyError('thrown'))
except KeyError as e:
    print('KeyError propagated', e)
