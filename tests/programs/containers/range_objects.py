# range: indexing, slicing, containment, len, equality, reversal and big ranges.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], r[::2], list(r[1:100]), r.start, r.stop, r.step)
print(11 in r, 12 in r, 2.0 in r, '2' in r, r.index(14), r.count(8), r.count(9))
try:
    r.index(3)
except ValueError as e:
    print('ValueError:', e)
try:
    r[10]
except IndexError as e:
    print('IndexError:', e)
print(range(0), list(range(0)), range(5) == range(0, 5, 1), range(0, 3, 2) == range(0, 4, 2), range(0) == range(5, 1))
print(list(range(10, 0, -3)), list(range(-5, 5, 4)), list(range(5, 5)), len(range(10, 0)), len(range(0, -10, -1)))
big = range(10 ** 20)
print(len(range(10 ** 18)), big[-1], 10 ** 19 in big, big[10 ** 19], big[::10 ** 19], big[5:10])
huge = range(2 ** 100)
try:
    len(huge)
except OverflowError as e:
    print('OverflowError:', e)
print(huge[-1] == 2 ** 100 - 1, 2 ** 99 in huge, huge[2 ** 99])
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError:', e)
print(hash(range(3)) == hash(range(0, 3)), reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5), reverse=True), bool(range(0)), bool(range(1)))
class Idx:
    def __index__(self): return 4
print(range(Idx()), range(1, 10)[Idx()], list(range(0, Idx(), 2)))
print(repr(range(1, 2, 1)), repr(range(1, 2, 2)), str(range(-3)))
it = iter(range(3))
print(next(it), list(it), type(iter(range(3))).__name__)
print(range(3)[True], 3 in range(True, 5), list(range(False, 2)))
