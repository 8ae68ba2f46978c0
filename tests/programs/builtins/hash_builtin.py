# hash() of numbers and tuples is deterministic; equal numbers hash equal.
for v in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 61 + 1, -(2 ** 61), 2 ** 100, -(2 ** 100), 10 ** 30, 123456789]:
    print(v, hash(v))
for v in [0.0, -0.0, 0.5, 1.5, -1.5, 1e100, 1e-100, 3.14159, float('inf'), float('-inf'), 2.0 ** 61, 1e308]:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(1 + 0j) == hash(True), hash(0.5) == hash(0.5 + 0j))
for v in [1j, 2 + 3j, -1 - 1j, complex(0.5, -0.5)]:
    print(v, hash(v))
for v in [(), (1,), (1, 2), (2, 1), ((1, 2), 3), (1, (2, 3)), (0.5, -1), (True, False), (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)]:
    print(v, hash(v))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset()) , hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for v in [frozenset([1]), frozenset([1, 2, 3]), frozenset([-1, 0]), frozenset([(1, 2)])]:
    print(sorted(v), hash(v))
print(hash(-1), hash(-2), hash(-1.0), hash(2 ** 64), hash(-(2 ** 64)))
class H:
    def __hash__(self): return 2 ** 70
print(hash(H()) == hash(2 ** 70), hash(H()))
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError:', e)
print(hash(range(0)) == hash(range(5, 5)), hash(range(3)) == hash(range(0, 3, 1)), hash(range(1, 2, 5)) == hash(range(1, 2, 7)))
