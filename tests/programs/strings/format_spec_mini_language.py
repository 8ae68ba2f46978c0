# Exhaustive-ish format() spec coverage for int, float and str.
int_specs = ['', 'd', '5', '<5', '>5', '^5', '=5', '+', '-', ' ', '05', '+05', 'x', 'X', '#x', '#X',
             'o', '#o', 'b', '#b', ',', '_', '_x', '_b', '_o', '#_b', 'c', 'e', '.2f', '%', 'n', '*^9', '0=8', '#010x', ',d', '+,']
for v in (0, 42, -42, 1234567):
    out = []
    for spec in int_specs:
        if spec == 'c' and not 0 <= v <= 0x10ffff:
            out.append('-')
            continue
        out.append(format(v, spec))
    print(v, '|'.join(out))
float_specs = ['', 'f', '.0f', '.3f', 'e', '.2e', 'E', 'g', '.3g', '#g', 'G', '%', '.1%', '10.2f', '<10', '^10.1f',
               '+.2f', ' .2f', '010.3f', ',.2f', '_.3f', 'n', '.0e', '#.0f', '#.0e', '=+10.2f', '.15g', '.17g', 'z.1f' if False else '.1f']
for v in (0.0, -0.0, 1.0, -3.75, 123456.789, 1e-7, 1e22, 0.1, 2.5, float('inf'), float('nan')):
    print(repr(v), '|'.join(format(v, s) for s in float_specs))
str_specs = ['', 's', '5', '<5', '>5', '^5', '*^6', '.2', '8.3', '-^7', '>1', '.0']
for v in ('', 'a', 'hello', 'éü'):
    print(repr(v), '|'.join(format(v, s) for s in str_specs))
for bad in [(1, 'q'), (1.5, 'd'), ('s', 'd'), (1, '.2d'), ('s', '+'), (1, ',c'), (1.5, 'c'), ('x', '='), (1, '_,'), (1, ',,'), (2 ** 64, 'c')]:
    try:
        format(*bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(bad, type(e).__name__ + ':', e)
