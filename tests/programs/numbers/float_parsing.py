# float() parsing: decimal, exponent, inf/nan spellings, underscores, whitespace, errors.
good = ['1', '1.', '.5', '-.5', '+1.5', '1e3', '1E-3', '1.5e+10', '  3.25  ', '1_000.5', '1_0e1_0',
        'inf', '-inf', '+Infinity', 'INF', 'nan', '-NaN', 'iNfInItY', '0.1e-400', '1e400', '-1e400',
        '0x1p3' if False else '8', '١٫٥' if False else '1.5', '０.５', '00.100', '1e-323', '4.9e-324', '2e-324']
for s in good:
    print(repr(s), repr(float(s)))
bad = ['', ' ', '1.2.3', 'e5', '1e', '1e+', '_1.0', '1_.0', '1._0', '1__0.0', '0x10', 'infinit', 'nana',
       '1 2', '- 1', '--1', '1f', 'in f', '١٫٥', '\x00']
for s in bad:
    try:
        float(s)
        print(repr(s), 'parsed?!')
    except ValueError as e:
        print('ValueError:', e)
print(float(), float(5), float(True), float(2 ** 100), float(-0), float(b'2.5'), float(bytearray(b'1e2')))
try:
    float(2 ** 2000)
except OverflowError as e:
    print('OverflowError:', e)
try:
    float(None)
except TypeError as e:
    print('TypeError:', e)
try:
    float([])
except TypeError as e:
    print('TypeError:', e)
print(float('  -0.0  '), str(float('-0')), float('1' * 400) == float('inf') or float('1' * 400))
print(float('3.141592653589793238462643383279'), float('0.' + '0' * 300 + '1'))
