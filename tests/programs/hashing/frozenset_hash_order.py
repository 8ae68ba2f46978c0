# frozenset hashes are order independent and deterministic for numeric elements.
a = frozenset([1, 2, 3])
b = frozenset([3, 2, 1])
print(a == b, hash(a) == hash(b), hash(a))
print(hash(frozenset()), hash(frozenset([0])), hash(frozenset([-1, -2])), hash(frozenset([2 ** 64])))
fam = {frozenset(range(n)) for n in range(6)}
print(sorted(fam, key=len))
print(fam)
d = {frozenset([i, i + 1]): i for i in range(5)}
print(d[frozenset([3, 2])], list(d.values()))
print(set(frozenset(range(n)) for n in range(3)))
pairs = {frozenset(p) for p in [(1, 2), (2, 1), (3, 4), (4, 3), (5, 5)]}
print(pairs, len(pairs))
print(frozenset([1.0, 1, True]), frozenset([0.5, 0.25]), frozenset([(1, 2), (2, 1)]))
print(hash(frozenset([1, 2])) == hash(frozenset({2: 'x', 1: 'y'})), frozenset('') == frozenset())
