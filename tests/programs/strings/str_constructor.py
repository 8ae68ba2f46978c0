# str() constructor forms and conversions of various objects.
print(repr(str()), str(123), str(-0.0), str(1e100), str(True), str(None), str([1, 'a']), str((1,)), str({1: 2}))
print(str(b'bytes'), str(bytearray(b'ba')), str(b'\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'))
print(str(b'\xff', 'utf-8', 'replace'), str(b'\xff', errors='replace') if False else str(b'\xff', 'latin-1'))
try:
    str(b'abc', 'utf-8', 'strict', 'extra')
except TypeError as e:
    print('TypeError:', e)
try:
    str('already str', 'utf-8')
except TypeError as e:
    print('TypeError:', e)
try:
    str(5, 'utf-8')
except TypeError as e:
    print('TypeError:', e)
print(str(memoryview(b'mv'), 'ascii'), str(bytearray(b'x'), 'utf-8'))
print(str(object=42), str(object='kw'))
print(str(1 + 2j), str(2 ** 100), str(0.1), str(1 / 3), str(float('inf')), str(-float('nan')))
print(str(range(3)), str(slice(1, 2)), str(type), str(int), str(Ellipsis), str(NotImplemented))
print(str(ValueError('msg')), str(KeyError('k')), str(str), str(frozenset()), str(set()))
class S(str):
    pass
s = S('sub')
print(type(str(s)).__name__, str(s) == 'sub', type(s.upper()).__name__, type(s + 'x').__name__)
class NoStr:
    def __repr__(self):
        return 'NoStr-repr'
print(str(NoStr()), str([NoStr()]))
print(repr(str('\0')), len(str('\0')), str('x') is not None)
print(''.join(map(str, range(10))), str(12).zfill(4), str(-12).rjust(5, '0'))
print(type(str(1)).__name__, str.__name__, str(str(str(1))))
