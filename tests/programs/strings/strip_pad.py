# strip family, justification, zfill and expandtabs.
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xyhiyx'.strip('xy'), 'abc'.strip(''), 'abc'.strip('cba'), '..a.b..'.strip('.'))
print(repr('\u3000\xa0 text \u2003'.strip()), repr('text'.lstrip('tx')), repr('text'.rstrip('tx')))
print(repr('www.example.com'.lstrip('cmowz.')), repr('mississippi'.rstrip('ip')))
try:
    'x'.strip(5)
except TypeError as e:
    print('TypeError:', e)
print('abc'.strip(None), repr(''.strip()))
for w in (0, 2, 3, 7, 8):
    print(repr('abc'.center(w)), repr('abc'.ljust(w, '*')), repr('abc'.rjust(w, '-')), repr('ab'.center(w, '.')))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print('TypeError:', e)
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(6), ''.zfill(3), '-'.zfill(3), '12345'.zfill(3))
print(repr('a\tb\tc'.expandtabs()), repr('a\tb\tc'.expandtabs(4)), repr('ab\tc'.expandtabs(0)))
print(repr('12345\t6\n\tx'.expandtabs(3)), repr('\t'.expandtabs(1)), repr('a\r\tb'.expandtabs(4)))
print('abc'.removeprefix('ab'), 'abc'.removeprefix('x'), 'abc'.removesuffix('bc'), 'abc'.removesuffix(''), 'aaa'.removeprefix('a'))
print(repr('é'.center(5, 'ü')), repr('日本'.ljust(4, '語')))
