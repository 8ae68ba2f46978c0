# StopIteration value attribute, StopAsyncIteration, and iteration termination.
e = StopIteration()
print(e.value, e.args)
e = StopIteration(1)
print(e.value, e.args)
e = StopIteration(1, 2)
print(e.value, e.args)
e = StopIteration(None)
print(e.value, e.args)
def g():
    return 'gen value'
    yield
try:
    next(g())
except StopIteration as s:
    print(repr(s), s.value)
it = iter([])
try:
    next(it)
except StopIteration as s:
    print(repr(s), s.value)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration('custom')
print(list(It()), [x for x in It()], tuple(It()), sum(It()))
for x in It():
    print('never')
else:
    print('for loop ended normally')
try:
    next(It())
except StopIteration as s:
    print('value:', s.value)
print(next(It(), 'default'), next(iter([]), None))
sa = StopAsyncIteration('async')
print(repr(sa), sa.args, issubclass(StopAsyncIteration, Exception))
class Sub(StopIteration):
    pass
print(Sub(5).value, list(iter(Sub.__call__ and (lambda: 1), 1)))
print(isinstance(StopIteration(), Exception), StopIteration.__base__.__name__)
