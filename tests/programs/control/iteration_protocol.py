# Iterator protocol details: StopIteration value, exhausted iterators, iter() on iterators.
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args, e.value)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration('done', 1)
        return self.i
i = It()
print(list(i), list(i))
try:
    next(i)
except StopIteration as e:
    print(e.value, e.args)
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print('TypeError:', e)
try:
    for x in 5:
        pass
except TypeError as e:
    print('TypeError:', e)
class BadIter:
    def __iter__(self): return 42
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError:', e)
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
d = {'a': 1, 'b': 2}
di = iter(d)
print(next(di))
d['c'] = 3
try:
    next(di)
except RuntimeError as e:
    print('RuntimeError:', e)
s = {1, 2}
si = iter(s)
s.add(3)
try:
    next(si)
except RuntimeError as e:
    print('RuntimeError:', e)
l = [1, 2, 3]
li = iter(l)
l.clear()
print(list(li))
e = enumerate('ab')
print(iter(e) is e, next(e), list(e))
