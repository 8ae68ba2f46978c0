# Float summation order effects (Python 3.11 sum() adds left to right).
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(sum([1e100, 1.0, -1e100, 1.0]), sum([1.0, 1e100, 1.0, -1e100]))
print(sum([0.1, 0.2, 0.3]), sum([0.3, 0.2, 0.1]), 0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1)
print(sum(range(101)), sum(range(101), 0.0), sum([1, 2.5, 3j]), sum([], 10), sum([[1], [2]], []))
print(sum([1e16, 1.0, 1.0]), sum([1.0, 1.0, 1e16]))
print(sum((i * 0.01 for i in range(100))))
vals = [1 / k for k in range(1, 50)]
print(sum(vals), sum(reversed(vals)), sum(sorted(vals)))
acc = 0.0
for v in vals:
    acc += v
print(acc == sum(vals))
def kahan(xs):
    s = 0.0
    c = 0.0
    for x in xs:
        y = x - c
        t = s + y
        c = (t - s) - y
        s = t
    return s
print(kahan([0.1] * 10), kahan([1e100, 1.0, -1e100, 1.0]))
print(sum([True, 2, 3.5]), type(sum([True, False])).__name__, sum([2 ** 70, 0.5]))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
try:
    sum([b'a'], b'')
except TypeError as e:
    print('TypeError:', e)
print(sum([1, 2], start=10), sum(x * x for x in range(10)), sum({1: 'a', 2: 'b'}))
