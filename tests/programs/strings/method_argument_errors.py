# Type and value errors from str methods given wrong arguments.
calls = [
    lambda: 'a'.split(1), lambda: 'a'.join('b', 'c'), lambda: 'a'.replace(1, 'b'),
    lambda: 'a'.startswith(1), lambda: 'a'.center('5'), lambda: 'a'.center(5, ''),
    lambda: 'a'.zfill('3'), lambda: 'a'.count(), lambda: 'a'.find(), lambda: 'a'.index('b'),
    lambda: 'a'.encode(1), lambda: 'a'.expandtabs('4'), lambda: 'a'.strip(1, 2),
    lambda: 'a'.upper(1), lambda: 'a'.split(',', 'x'), lambda: 'a'.splitlines('x'),
    lambda: 'a'.partition(None), lambda: 'a'.ljust(2, 'ab'), lambda: 'a'.format_map(1),
    lambda: 'a'.removeprefix(1), lambda: 'a'.translate(1), lambda: str.upper(1),
    lambda: 'a'.__getitem__(1.0), lambda: 'abc'[1:2:0], lambda: 'a'.join([b'b']),
    lambda: 'x'.rjust(-5), lambda: 'x'.split(maxsplit='1'), lambda: 'x'.replace('x', 'y', 'z'),
    lambda: 'x'.count('x', 'a'), lambda: 'x'.endswith(('x', 1)), lambda: 'x'.isdigit(1),
]
for i, call in enumerate(calls):
    try:
        r = call()
        print(i, 'ok', repr(r))
    except (TypeError, ValueError) as e:
        print(i, type(e).__name__ + ':', e)
