# !r, !s, !a conversions applied before format specs, with various object types.
class Obj:
    def __repr__(self): return 'Obj<repr>'
    def __str__(self): return 'Obj<str>'
    def __format__(self, spec): return 'Obj<format:' + spec + '>'
o = Obj()
print(f'{o}|{o!s}|{o!r}|{o!a}|{o:x}|{o!r:>12}|{o!s:<12}|')
vals = ['text', 'naïve', '日本', '\n\t', "it's", 'q"uote', 42, 3.5, None, b'bytes', [1, 'a'], {'k': 'é'}]
for v in vals:
    print(f'{v!s} | {v!r} | {v!a}')
print(f'{"abc"!r:*^11}', f'{12!r:>5}', f'{"x"!a:5}|')
print(f'{1.0!s}', f'{1.0!r}', f'{1e100!s}', f'{0.1+0.2!r}')
print('escapes in literal part: \u00e9', f'\x41{1}\u0042', f'\N{BULLET}{2}')
for src in ["f'{x!z}'", "f'{x!}'", "f'{x!r }'", "f'{x! r}'", "f'{!r}'", "f'{x:{y!q}}'"]:
    try:
        compile(src, 'c', 'eval')
        print(src, 'compiled')
    except SyntaxError as e:
        print(src, 'SyntaxError:', e.msg)
print(format('s', ''), repr(format(Obj(), '')), ascii('ü'), ascii(['ü', b'\xfc']))
