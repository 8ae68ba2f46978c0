# Conversions between int and float: rounding of large ints, truncation, and limits.
for n in [2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 53 + 3, 2 ** 54 + 2, 2 ** 54 + 6, 2 ** 64 - 1, 10 ** 23, 2 ** 1023 + 2 ** 970]:
    f = float(n)
    print(n, repr(f), int(f), int(f) - n)
for f in [0.9, -0.9, 1e20, 1.5e300, -2.5, 123456789.987, 5e-324, 2.0 ** 63, -(2.0 ** 63)]:
    print(repr(f), int(f))
try:
    float(2 ** 1024)
except OverflowError as e:
    print('OverflowError:', e)
print(float(2 ** 1024 - 2 ** 971) == 1.7976931348623157e308)
try:
    float(2 ** 1024 - 2 ** 970)
except OverflowError as e:
    print('OverflowError:', e)
print(float(2 ** 1024 - 2 ** 970 - 1), float(-(2 ** 1023)))
print(int(1e15 + 0.5), int(-1e15 - 0.5), int(0.5 + 0.5), int(1 - 1e-17))
print(float('9' * 20), int(float('9' * 20)), int(1e16 + 1))
print(round(1e17 + 1), round(2.5e15), int(2.5e15) % 10)
vals = [3, 3.0, 3.5, -3.5, 2 ** 60, 2.0 ** 60]
print([type(v).__name__ for v in vals], [int(v) for v in vals], [float(v) for v in vals])
print(sum(float(i) for i in range(10 ** 5)) == float(sum(range(10 ** 5))))
