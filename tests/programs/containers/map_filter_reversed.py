# map, filter and reversed: laziness, multiple iterables, and protocol requirements.
print(list(map(str, [1, 2, 3])), list(map(pow, [2, 3], [5, 2])), list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
print(list(map(len, ['a', 'bb', ''])), list(map(str.upper, 'ab')), list(map(int, '123')))
print(list(map(lambda a, b: a + b, 'abc', 'xy')))
log = []
def f(x):
    log.append(x)
    return x * 2
m = map(f, [1, 2, 3])
print(log)
print(next(m), log, list(m), log)
print(list(filter(None, [0, 1, '', 'x', [], [0], None, False, True])), list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, 'a1b2c3')), list(filter(lambda x: x, [])))
fl = filter(None, [1, 0, 2])
print(iter(fl) is fl, next(fl), list(fl))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(3))))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.values())), ''.join(reversed('stressed')))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return 'item%d' % i
print(list(reversed(Seq())))
for bad in [lambda: reversed({1, 2}), lambda: reversed(iter([1])), lambda: reversed(5), lambda: map(len), lambda: filter(len)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r))
l = [1, 2, 3]
rl = reversed(l)
l.append(4)
print(list(rl))
print(list(map(lambda x: x, map(lambda x: x + 1, filter(lambda x: x > 0, [-1, 0, 1, 2])))))
print(type(map(len, [])).__name__, type(filter(None, [])).__name__, type(reversed([])).__name__, type(reversed(range(1))).__name__)
