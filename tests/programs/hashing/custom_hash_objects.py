# Sets of objects with user-defined __hash__ have deterministic iteration order.
class K:
    def __init__(self, v, h):
        self.v, self.h = v, h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return 'K(%s)' % self.v
items = [K('a', 3), K('b', 11), K('c', 3), K('d', -5), K('e', 2 ** 70), K('f', 0), K('g', 8)]
s = set(items)
print(s, len(s))
print(set(reversed(items)))
s.discard(K('c', 3))
s.add(K('h', 19))
print(s)
print(K('a', 3) in s, K('a', 4) in s, K('z', 3) in s)
collide = {K(i, 42) for i in range(6)}
print(collide)
collide.remove(K(2, 42))
print(collide, K(5, 42) in collide)
d = {K('x', 1): 1, K('y', 1): 2, K('x', 1): 3}
print(d)
class HashCount:
    calls = 0
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        HashCount.calls += 1
        return self.n
    def __repr__(self):
        return 'H%d' % self.n
hs = set()
for i in (4, 1, 9):
    hs.add(HashCount(i))
print(hs, HashCount.calls)
print(sorted(hs, key=lambda h: h.n), HashCount.calls)
