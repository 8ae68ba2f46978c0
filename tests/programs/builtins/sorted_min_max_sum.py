# sorted, min, max (key/default), sum (start), any/all.
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted('bca'), sorted({'b': 1, 'a': 2}), sorted([]))
print(min(3, 1, 2), max(3, 1, 2), min([3, 1, 2]), max('abc'), min('bca', key=ord), max([1, -5, 3], key=abs))
print(min([], default='empty'), max([], default=None), min([4], default=0), max(iter([7, 9]), default=-1))
print(min([(1, 'b'), (1, 'a')]), max([[1, 2], [1, 2, 0]]), min('apple', 'banana', key=len), max(1, 2.0, True))
for bad in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max(1, 2, default=0), lambda: min([1, 'a'])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(max([3, 3.0, 3]), type(max([3.0, 3])).__name__, min([2, 1, 1.0]), type(min([1, 1.0])).__name__)
print(max([{'n': 2}, {'n': 5}, {'n': 5, 'x': 1}], key=lambda d: d['n']), min(['b', 'B', 'a'], key=str.lower))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([[1], [2]], []), sum(range(5), start=100), sum([0.5, 0.25]), sum(()))
try:
    sum(['a', 'b'])
except TypeError as e:
    print('TypeError:', e)
print(any([]), all([]), any([0, '', None]), any([0, 1]), all([1, 'a', [0]]), all([1, 0]))
log = []
def t(v):
    log.append(v)
    return v
print(any(t(x) for x in [0, 2, 3]), log)
log.clear()
print(all(t(x) for x in [1, 0, 3]), log)
print(sorted([5, 2, 8], key=lambda x: -x), sorted(['aa', 'b', 'ccc'], key=len, reverse=True))
try:
    sorted([1, 2], cmp=lambda a, b: 0)
except TypeError as e:
    print('TypeError:', e)
print(max('hello', 'world', key=lambda s: s[1]), min(range(10), key=lambda x: (x - 4) ** 2))
print(max(x for x in []) if False else max((x for x in []), default='gen default'))
