# Return values: implicit None, multiple values, early returns, recursion.
def nothing():
    pass
def bare_return():
    return
def multi():
    return 1, 'two', [3]
print(nothing(), bare_return(), multi())
a, b, c = multi()
print(a, b, c)
def early(x):
    if x < 0:
        return 'negative'
    for i in range(x):
        if i * i > x:
            return i
    return 'loop finished'
print(early(-1), early(10), early(0))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(48, 18), gcd(17, 5), gcd(0, 9))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def binary_search(seq, target, lo=0, hi=None):
    if hi is None:
        hi = len(seq)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if seq[mid] == target:
        return mid
    if seq[mid] < target:
        return binary_search(seq, target, mid + 1, hi)
    return binary_search(seq, target, lo, mid)
data = list(range(0, 100, 3))
print(binary_search(data, 27), binary_search(data, 28), binary_search(data, 99))
def returns_function():
    def inner():
        return 'inner result'
    return inner
print(returns_function()())
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])
print(quicksort([5, 3, 8, 1, 9, 2, 7, 3]))
