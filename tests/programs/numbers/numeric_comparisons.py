# Exact comparisons between ints, floats and complex, including huge values.
big = 2 ** 53 + 1
print(big == float(big), big > float(big), big - 1 == float(big), float(big) == 2 ** 53)
print(10 ** 400 > 1e308, 10 ** 400 < float('inf'), -(10 ** 400) < -1e308, 10 ** 400 == float('inf'))
print(1 == 1.0, 1 == 1.0000000000000002, 0.1 == 1 / 10, 0.1 * 3 == 0.3, 2 ** 0.5 * 2 ** 0.5 == 2)
print(1 < 1.5 < 2, -1 > -1.5, 0 == -0.0, 0 < 5e-324, -5e-324 < 0, 2 ** 1000 > 1.7976931348623157e308)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(max(1, 1.0), type(max(1, 1.0)).__name__, max(1.0, 1), type(max(1.0, 1)).__name__, min(0, -0.0), min(-0.0, 0))
print(sorted([3, 1.5, 2, 2.0, True, -0.5, 10 ** 20, 1e20]))
print(1 + 0j == 1, 1j == 1j, (1 + 1j) != 1, 0j == 0.0 == 0 == False)
try:
    1j < 2j
except TypeError as e:
    print('TypeError:', e)
try:
    1 < 'a'
except TypeError as e:
    print('TypeError:', e)
print(1 == '1', 1 != '1', None == 0, [] == 0)
print(float(2 ** 63) == 2 ** 63, float(2 ** 63) == 2 ** 63 - 1, int(float(2 ** 63 - 1)))
vals = [0.1, 1 / 3, 1e-10, 123.456, 2 ** -30]
for v in vals:
    n, d = v.as_integer_ratio()
    print(v, n * 1.0 / d == v, v == n / d, v * d == n)
print(10 ** 30 / 10 ** 15, 10 ** 30 // 10 ** 15, (10 ** 30 + 1) / 10 ** 30, 2 ** 1100 / 2 ** 1000)
try:
    2 ** 1100 / 3
except OverflowError as e:
    print('OverflowError:', e)
print(1 / 3 * 3 == 1, 7 / 7, (2 ** 60 + 1) / 1, -(2 ** 60) / 3)
