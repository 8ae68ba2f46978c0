# set and frozenset operations; printed sorted so order is not hash dependent.
a = {1, 2, 3, 4}
b = {3, 4, 5}
def s(x):
    return sorted(x)
print(s(a | b), s(a & b), s(a - b), s(b - a), s(a ^ b))
print(s(a.union([9], (10,))), s(a.intersection(b, {4})), s(a.difference([1], [2])), s(a.symmetric_difference([1, 9])))
print(a <= a, a < a, {1} < a, a > {1, 2}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({9}))
c = set(a)
c.add(10); c.discard(1); c.discard(999); c.remove(2)
print(s(c))
try:
    c.remove(999)
except KeyError as e:
    print('KeyError:', e)
c.update([20, 21], {22})
c.intersection_update(range(15), range(5, 25))
print(s(c))
c |= {100}; c &= {3, 4, 100, 200}; c -= {3}; c ^= {4, 5}
print(s(c))
x = {7}
print(x.pop(), x)
try:
    x.pop()
except KeyError as e:
    print('KeyError:', e)
f = frozenset([1, 2, 2, 3])
print(s(f), len(f), 2 in f, type(f | {9}).__name__, type({9} | f).__name__, type(f.copy()).__name__)
try:
    f.add(1)
except AttributeError as e:
    print('AttributeError:', e)
print(hash(frozenset()) == hash(frozenset([])), frozenset([1, 2]) == {1, 2}, {frozenset([1]): 'ok'}[frozenset({1})])
try:
    {[1]}
except TypeError as e:
    print('TypeError:', e)
try:
    {1} | [2]
except TypeError as e:
    print('TypeError:', e)
print(s(set('abracadabra')), set(), frozenset(), repr(set()), repr(frozenset()), s({(1, 2), (1, 2)}))
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset()}
print(len(nested), frozenset() in nested)
print(s(x for x in {1, 2, 3} if x > 1), len({i % 5 for i in range(100)}))
print(set([1, 2]) == frozenset([1, 2]), {1, 2}.__len__(), s(set(range(5)).difference()))
