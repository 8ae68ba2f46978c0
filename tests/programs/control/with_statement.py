# Context managers: enter/exit order, exception suppression, multiple items.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM('a') as x:
    print('body', x)
with CM('b'), CM('c') as y:
    print('body2', y)
with CM('s', suppress=True):
    raise ValueError('suppressed')
print('after suppression')
try:
    with CM('n'):
        raise KeyError('passes through')
except KeyError as e:
    print('caught', e)
with (CM('p1') as p1,
      CM('p2') as p2):
    print(p1, p2)
def f():
    with CM('ret'):
        return 'returned'
print(f())
for i in range(2):
    with CM('loop%d' % i):
        if i == 0:
            continue
        break
class BadEnter:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('exit should not run')
try:
    with CM('outer'), BadEnter():
        print('no body')
except RuntimeError as e:
    print('RuntimeError', e)
try:
    with 42:
        pass
except TypeError as e:
    print('TypeError:', e)
class Tgt: pass
t = Tgt()
with CM('attr') as t.value:
    pass
print(t.value)
with CM('tuple') as (first, *rest):
    print(first, rest)
