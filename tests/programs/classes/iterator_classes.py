# Iterable vs iterator classes; reusable iterables and one-shot iterators.
class Range3:
    def __iter__(self):
        return Range3Iter()
class Range3Iter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= 3:
            raise StopIteration
        self.i += 1
        return self.i
r = Range3()
print(list(r), list(r), sum(r), [x * y for x in r for y in r])
it = iter(r)
print(next(it), list(it), list(it))
class GenIter:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        for d in self.data:
            yield d.upper()
g = GenIter(['a', 'b'])
print(list(g), list(g), tuple(g), set(g) == {'A', 'B'}, dict(zip(g, range(2))))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)), max(Fib(1000)), 55 in Fib(100), 56 in Fib(100))
class Countdown:
    def __init__(self, n): self.n = n
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
    def __iter__(self): return self
c = Countdown(3)
for v in c:
    print('count', v)
print(list(c))
a, b, *rest = Countdown(5)
print(a, b, rest)
print(sorted(Countdown(4)), list(enumerate(Countdown(2))), list(zip(Countdown(3), 'xyz')))
