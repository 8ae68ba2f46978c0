# split/rsplit/partition/rpartition/join with separators and maxsplit.
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 1), 'a,b,,c'.split(',', -1))
print('  a  b \t c\n'.split(), '  a  b  c  '.split(None, 1), '  a  b  c  '.rsplit(None, 1))
print(''.split(), ''.split(','), '   '.split(), ' '.split(' '), 'abc'.split('abc'))
print('a--b--c'.split('--'), 'a--b--c'.rsplit('--', maxsplit=1), 'aaa'.split('a'))
print('one two three'.split(maxsplit=1), 'x y'.split(sep=None), 'k=v=w'.partition('='), 'k=v=w'.rpartition('='))
print('novalue'.partition('='), 'novalue'.rpartition('='), '=x'.partition('='), ''.partition('x'))
try:
    'abc'.split('')
except ValueError as e:
    print('ValueError:', e)
try:
    'abc'.partition('')
except ValueError as e:
    print('ValueError:', e)
print(','.join(['a', 'b', 'c']), ''.join([]), '-'.join('xyz'), ' '.join(str(i) for i in range(4)))
print(', '.join({'k1': 1, 'k2': 2}), '|'.join(('solo',)))
try:
    ','.join(['a', 1])
except TypeError as e:
    print('TypeError:', e)
try:
    ','.join(5)
except TypeError as e:
    print('TypeError:', e)
print('a\u3000b\xa0c\u2028d'.split(), 'a\x1cb\x1dc\x1ed\x1fe'.split())
print('1 2 3'.split(' ', 0), '1 2 3'.rsplit(' ', 0), ' 1 2 '.split(None, 0), ' 1 2 '.rsplit(None, 0))
print('a b c d e'.rsplit(' ', 2), 'a b c d e'.split(' ', 2))
parts = 'path/to/some/file.txt'.rpartition('/')
print(parts, parts[2].rpartition('.')[2])
