# Every common str method applied to the empty string and to single characters.
e = ''
print(repr(e.upper()), repr(e.lower()), repr(e.title()), repr(e.capitalize()), repr(e.swapcase()), repr(e.casefold()))
print(e.split(), e.split(' '), e.rsplit(), e.splitlines(), e.partition('x'), e.rpartition('x'))
print(repr(e.strip()), repr(e.center(3)), repr(e.zfill(2)), repr(e.expandtabs()), repr(e.ljust(2, '*')))
print(e.find(''), e.rfind(''), e.index(''), e.rindex(''), e.count(''), e.count('a'))
print(e.startswith(''), e.endswith(''), e.startswith('a'), e.isalpha(), e.isdigit(), e.isspace())
print(repr(e.replace('', 'x')), repr(e.replace('a', 'b')), repr(e.join([])), repr(e.join(['a', 'b'])))
print(e.encode(), repr(e.translate({})), repr(e.removeprefix('')), repr(e.format()), repr(e * 100))
print(repr(e[:]), repr(e[::-1]), repr(e[5:]), len(e), bool(e), list(e), e in 'abc')
c = 'x'
print(c.upper(), c.title(), c.center(4, '-'), c.split('x'), c.partition('x'), c.replace('x', 'yy'))
print(c.find('x'), c.count('x'), c.zfill(3), c * 3, c.strip('x') == '', c.isidentifier(), c.islower())
print(repr(' '.strip()), ' '.isspace(), ' '.split(), ' '.split(' '), repr(' '.join('ab')))
for method in ['upper', 'lower', 'strip', 'title', 'swapcase', 'capitalize', 'casefold']:
    print(method, type(getattr(e, method)()).__name__, getattr('MiXeD cAsE', method)())
