# int / int is correctly rounded even for huge operands.
cases = [(1, 3), (2, 3), (10 ** 30, 3), (2 ** 200, 3 ** 100), (1, 10 ** 300), (10 ** 320, 10 ** 20),
         (2 ** 1023 * 3, 2 ** 1024), (-(10 ** 50), 7), (123456789123456789123456789, 987654321987654321),
         (2 ** 53 + 1, 1), (2 ** 54 + 3, 2), (1, 2 ** 1074), (1, 2 ** 1075), (3, 2 ** 1076)]
for a, b in cases:
    print(repr(a / b))
for a, b in [(10 ** 400, 1), (1, 0), (10 ** 400, 10 ** 50)]:
    try:
        print(a / b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ':', e)
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__, 0 / 5, -0 / 5, 0 / -5)
print((2 ** 64) / (2 ** 32), (2 ** 64 + 1) / 2 ** 64, float(2 ** 64 + 1) / 2 ** 64)
print(1e308 / 1e-10 if False else 'skip', 10 ** 308 / 0.1)
total = 0
for k in range(1, 30):
    total += 1 / k
print(total)
harmonic = sum(1 / k for k in range(1, 1001))
print(harmonic, round(harmonic, 6))
print([n / 7 for n in range(8)])
