# inf and nan arithmetic, comparisons and conversions.
inf, nan = float('inf'), float('nan')
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, 1 / inf, -1 / inf, inf ** 0, nan ** 0, 1 ** nan)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(max(1, nan), max(nan, 1), min(nan, 1), min(1, nan), sorted([3, nan, 1])[1:] if False else 'skip sort')
print(inf == 10 ** 400, inf > 10 ** 400, -inf < -(10 ** 400), 10 ** 400 < inf, float(10 ** 300) < 10 ** 300 + 1)
print(int(1e308) == 10 ** 308, 1e308 * 10, -1e308 * 10, 2.0 ** 1023 * 2)
try:
    2.0 ** 1024
except OverflowError as e:
    print('OverflowError:', e)
try:
    10.0 ** 400
except OverflowError as e:
    print('OverflowError:', e)
try:
    1e308 ** 2
except OverflowError as e:
    print('OverflowError:', e)
print(inf % 1 if False else 'inf % 1 is nan:', repr(inf % 1) if False else (inf % 1 != inf % 1))
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    inf // 0.0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(divmod(inf, 1) if False else 'divmod(inf,1) components nan:', [x != x for x in divmod(inf, 1.0)])
print(-0.0, 0.0 == -0.0, str(-0.0), repr(0.0 * -1), -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0)
print(abs(-inf), abs(nan) != abs(nan), -nan != -nan, repr(-nan), repr(abs(-0.0)))
print(inf.is_integer(), nan.is_integer(), float('1e309'), float('-1e-400'), 5e-324 / 2, 5e-324 * 0.5)
print(round(inf) if False else 'round(inf) raises', hash(inf), hash(-inf), hash(0.0) == hash(-0.0))
print([1.0, inf, -inf].count(inf), inf in [inf], nan in [nan], [nan] == [nan], (nan,) == (nan,))
vals = [3.0, -inf, 1.0, inf, -0.0, 0.0]
print(sorted(vals), max(vals), min(vals), sum([1e308, 1e308, -1e308]))
