# hash() values of numeric types follow the documented modular-arithmetic scheme.
M = 2 ** 61 - 1
def expected_int_hash(n):
    h = abs(n) % M
    if n < 0:
        h = -h
    return -2 if h == -1 else h
ints = [0, 1, -1, 2, -2, 12345, M - 1, M, M + 1, 2 * M, -M, 2 ** 100, -(2 ** 100), 3 ** 80]
print([hash(n) for n in ints])
print(all(hash(n) == expected_int_hash(n) for n in ints))
floats = [0.5, 0.25, 1.5, -0.75, 1e-3, 1e20, 2.0 ** -30, 123.456, -1e300, 2.0 ** 61, 2.0 ** 62]
print([hash(f) for f in floats])
print([hash(f) == hash(int(f)) for f in floats if f.is_integer()])
from_ratio = []
for f in floats:
    n, d = f.as_integer_ratio()
    from_ratio.append(hash(f) == expected_int_hash(n * pow(d, -1, M) % M if n >= 0 else -((-n) * pow(d, -1, M) % M)))
print(from_ratio)
print(hash(complex(1, 2)), hash(complex(-1.5, 0.5)), hash(complex(0, 1)) == 1000003, hash(complex(3, 0)) == hash(3))
print(hash(float('inf')), hash(float('-inf')), hash(-0.0), hash(True), hash(False))
print(hash((1,)), hash((1, 2, 3)), hash(((1,),)), hash((0.5, -2)), hash((2 ** 64,)))
print(hash(frozenset({1, 2, 3})), hash(frozenset({-1})), hash(frozenset({(1, 2)})))
