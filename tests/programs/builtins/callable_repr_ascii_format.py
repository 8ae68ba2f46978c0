# callable(), repr(), ascii() and format() builtins on many kinds of objects.
class WithCall:
    def __call__(self): pass
class NoCall:
    pass
objs = [len, print, int, str.upper, 'x'.upper, lambda: 0, WithCall(), NoCall(), NoCall, 5, None, type, object(), (x for x in [])]
print([callable(o) for o in objs])
for o in [1, 1.5, 'é', b'\xe9', [1, 'a'], (1,), {'k': 'v'}, {1}, frozenset({2}), None, True, ..., NotImplemented, range(2), slice(1), 1j, int, len, str.upper]:
    print(repr(o), ascii(o), format(o) if not isinstance(o, type) else 'type', str(o) == repr(o))
print(ascii('naïve 日本 😀 \n'), ascii(['ü']), ascii({'ключ': 'значение'}), ascii(b'\xff'))
print(format(123), format(123, 'x'), format(1.5, '.3f'), format('s', '^5'), format(True), format(None, ''), format([1], ''))
try:
    format(None, 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    format(1, 5)
except TypeError as e:
    print('TypeError:', e)
class R:
    def __repr__(self): return 'R()'
print(repr(R()), ascii(R()), repr([R(), R()]), str(R()))
class NonAsciiRepr:
    def __repr__(self): return 'Ünïcode'
print(repr(NonAsciiRepr()), ascii(NonAsciiRepr()))
print(repr(str), repr(int.__add__) if False else 'skip slot wrapper', repr(type(None)), repr(type(...)))
print(repr(print), repr(len), repr(KeyError), repr(ValueError('v')))
