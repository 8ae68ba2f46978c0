# Float repr is the shortest string that round-trips.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 1.5e16, 123456789012345678.0, 1e22, 1e23,
        5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.3, 100.0, 1e-5, 1e-4, 0.0001234,
        12345678.9, 9007199254740993.0, 4.35, 0.1 * 3, 1.1 * 1.1, 3.14159265358979323846, 2 ** 0.5,
        1e100, 1.0e-100, 123e-20, -0.0, 1e300 * 1e10, float('-inf'), float('nan'), 0.5, 2.5e-7]
for v in vals:
    r = repr(v)
    print(r, str(v) == r, float(r) == v or v != v)
print(repr(1.0), repr(10.0), repr(1e15 + 0.3), repr(1e16 + 2), repr(-1e-7), repr(1.0 / 7))
print(float.hex(0.1), float.fromhex('0x1.999999999999ap-4'), (0.1).hex(), float.fromhex('0x1p-1074'))
print(float.fromhex('-0x1.8p1'), float.fromhex('inf'), float.fromhex('0x.8'), (1.0).hex(), (-0.0).hex())
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, abs(x - 1.0) < 1e-9, repr(sum([0.1] * 10)))
print(1e16 + 1 == 1e16, 2 ** 53 + 1.0, float(2 ** 53 + 1), int(float(2 ** 53 + 1)))
print((0.1).as_integer_ratio(), (0.5).as_integer_ratio(), (-2.5).as_integer_ratio(), (0.0).as_integer_ratio())
print(1.5.is_integer(), (1e300).is_integer(), float('inf').__repr__(), (1e-323).__repr__())
