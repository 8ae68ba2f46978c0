# Order of results of set operations (union, intersection, difference) with int elements.
a = {1, 2, 3, 4, 5, 6, 7, 8}
b = {5, 6, 7, 8, 9, 10, 11, 12}
print(a | b, a & b, a - b, b - a, a ^ b)
print(b | a, b & a, b ^ a)
print(a.union(range(20, 15, -1)), a.intersection([8, 6, 4, 2]), a.difference({2, 4}), a.symmetric_difference([0, 1, 100]))
c = set(a)
c |= {100, 50, 25}
print(c)
c &= set(range(0, 200, 5))
print(c)
c ^= {0, 5, 1000}
print(c)
d = {x: None for x in [30, 10, 20]}
print(set(d), d.keys() | {5}, d.keys() & {20, 30}, d.keys() - {10}, d.keys() ^ {10, 99})
print(set('a') if False else {len(w) for w in ['aa', 'b', 'cccc', 'dd', 'eee']})
e = {i for i in range(64)}
for i in range(0, 64, 2):
    e.remove(i)
print(e)
e.add(200)
e.add(-3)
print(e)
print(frozenset(a) | frozenset(b), frozenset(a) - {1}, type(frozenset(a) & b).__name__)
print(set(map(abs, range(-4, 5))), set(filter(None, [0, 3, 0, 1, 2])))
