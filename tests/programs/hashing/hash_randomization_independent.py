# Values whose hashes do not depend on PYTHONHASHSEED: ints, floats, tuples of them.
import sys
print(sys.flags.hash_randomization in (0, 1), sys.hash_info.algorithm in ('siphash13', 'siphash24', 'fnv'))
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag, sys.hash_info.width)
vals = [(1, 2), (3.5, -1), ((1, 2), (3, 4)), (2 ** 70, -(2 ** 70)), (True, 1.0, 1), tuple(range(20))]
for v in vals:
    print(v, hash(v))
print({(1, 2), (3, 4), (5, 6), (7, 8)})
print({(1, 2.5), (2, 0.5), (-1, -1)})
table = {}
for x in range(10):
    for y in range(3):
        table[(x, y)] = x * y
print(set(k for k, v in table.items() if v == 6))
print({hash(i) % 8 for i in range(20)}, {hash(float(i)) % 8 for i in range(20)})
