# round(): banker's rounding, ndigits positive/negative, float representation effects.
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994)])
print([round(x, 1) for x in (0.05, 0.15, 0.25, 0.35, 2.675, 1.005)])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(123, 2), round(123, -5), round(-0.4), round(-0.0, 1), round(0.0), round(1e300, -299))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__, round(2.5, None))
print(round(2 ** 70 + 0.0), round(10 ** 30, -29), round(-(10 ** 30) - 5 * 10 ** 28, -29))
for bad in (float('inf'), float('nan')):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(round(float('inf'), 2), round(float('nan'), 1))
try:
    round('1.5')
except TypeError as e:
    print('TypeError:', e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print('TypeError:', e)
print(round(True), round(False, 3), round(5, 0), round(1.23456789, 5), round(1e-10, 12))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17), round(1 / 3, 10))
print([round(x / 10) for x in range(-25, 26, 5)])
print(round(12345.6789, 3), round(-12345.6789, -3), round(9.995, 2), round(9.9951, 2))
