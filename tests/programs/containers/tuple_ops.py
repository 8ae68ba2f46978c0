# Tuples: packing, indexing, methods, immutability, comparisons and hashing-safe usage.
t = (1, 'two', 3.0, [4])
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t.count(1), t.index('two'))
t[3].append(5)
print(t)
try:
    t[0] = 0
except TypeError as e:
    print('TypeError:', e)
try:
    hash(t)
except TypeError as e:
    print('TypeError:', e)
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), () < (0,))
single = 1,
print(single, type(single).__name__, (1), type((1)).__name__, tuple(), tuple([1, 2]), tuple('ab'))
a, b = 1, 2
x = a, b
print(x, (a, b) == x, x + (3,), x * 2, 2 * x)
try:
    (1,) + [2]
except TypeError as e:
    print('TypeError:', e)
print(tuple(i * i for i in range(4)), tuple(range(3)) + tuple(range(2)))
try:
    (1, 2).index(3)
except ValueError as e:
    print('ValueError:', e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), sum(nested[0]), [len(p) for p in nested])
print(max((1, 'b'), (1, 'a')), min([(2, 0), (1, 9)]), sorted([(2, 'x'), (1, 'y'), (2, 'a')]))
print((1, 2, 3)[5:], (1, 2, 3)[-5:1], 2 in (1, 2), (1, 2).__len__(), tuple.__name__)
d = {(1, 2): 'pair', (): 'empty'}
print(d[(1, 2)], d[()], (1, 2) in d)
print(repr((1,)), repr(()), repr(((),)), str((None, 'a')))
class P(tuple):
    pass
print(P((1, 2)) == (1, 2), type(P((1,)) + (2,)).__name__)
