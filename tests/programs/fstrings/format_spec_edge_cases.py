# Edge cases of format specs shared by f-strings, format() and str.format().
cases = [
    (0, '+'), (-0.0, '+'), (-0.0, '.0f'), (0.0, '-'), (1e-7, ''), (1e16, ''), (1e16, 'f'), (123.456, '.0e'),
    (123.456, '.1g'), (0.0001, 'g'), (0.00001, 'g'), (1234567.0, 'g'), (12345678.0, 'n'),
    (255, '#010b'), (255, '#_b'), (-255, '#x'), (10 ** 20, ','), (-1234.5, '_.1f'), (1234.5, '010,.1f'),
    ('x', '<0'), ('abc', '.1'), ('abc', '^4'), ('abc', '=^7'), (True, ''), (True, 'd'), (None, ''),
    (3 + 4j, '.1f'), (3 + 4j, '+'), (-0j, ''), (float('nan'), '+'), (float('inf'), '010'), (float('-inf'), '^9'),
    (1.5, '%'), (0.5, '.0%'), (2 ** 64, 'x'), (-(2 ** 64), '#o'), (65, 'c'), (1.0, '#'), (1.0, '#.0e'),
]
for value, spec in cases:
    try:
        a = format(value, spec)
        b = f'{value:{spec}}'
        c = ('{:' + spec + '}').format(value)
        print(repr(value), repr(spec), repr(a), a == b == c)
    except (ValueError, TypeError) as e:
        print(repr(value), repr(spec), type(e).__name__ + ':', e)
