# Nested replacement fields inside format specs, for f-strings and str.format.
value = 1234.56789
for width in (10, 14):
    for prec in (1, 3):
        print(f'[{value:{width}.{prec}f}]', '[{:{}.{}f}]'.format(value, width, prec))
align, fill = '^', '-'
print(f'[{"mid":{fill}{align}11}]', '[{:{}{}11}]'.format('mid', fill, align))
spec = '>+12,.2f'
print(f'[{value:{spec}}]', '[{:{}}]'.format(value, spec), '[{0:{1}}]'.format(value, spec))
print('[{v:{w}}]'.format(v='kw', w=6), '[{0[0]:{1[1]}}]'.format(['x'], [0, 5]))
t = 'x'
print(f'{value:{"," if t == "x" else "_"}.0f}', f'{value:{t.replace("x", ">")}20}|')
print(f'{3:{"0"}{5}}', f'{255:{"#"}{"x"}}', f'{255:{"b"}}')
for n in (5, -5):
    for sign in ('+', '-', ' '):
        print(f'[{n:{sign}4}]', end='')
    print()
w = 8
print(f'{"left":<{w}}|{"right":>{w}}|{"center":^{w}}|')
print(f'{"trunc":.{2}}|{"trunc":{w}.{3}}|')
print('{:{}{}{}}'.format(42, '*', '>', 7))
try:
    f'{value:{"{"}}'
except ValueError as e:
    print('ValueError:', e)
try:
    '{:{}}'.format(1)
except IndexError as e:
    print('IndexError:', e)
try:
    compile("f'{x:{y:{z}}}'", 'c', 'eval')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
