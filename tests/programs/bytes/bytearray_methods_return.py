# bytearray methods return new bytearrays; in-place operations vs copies.
ba = bytearray(b'Hello World')
results = [ba.upper(), ba.lower(), ba.replace(b'o', b'0'), ba.strip(b'Hd'), ba.center(15, b'.'),
           ba.zfill(13), ba.title(), ba.swapcase(), ba[1:4], ba * 2, ba + b'!', ba.expandtabs(), ba.capitalize()]
for r in results:
    print(type(r).__name__, r)
print(ba, 'unchanged')
print(ba.split(), [type(p).__name__ for p in ba.split()], ba.partition(b' '), type(ba.partition(b' ')[0]).__name__)
print(bytearray(b',').join([b'a', b'b']), type(bytearray(b',').join([b'a'])).__name__, type(b','.join([bytearray(b'a')])).__name__)
print(ba.find(b'World'), ba.count(b'l'), ba.index(b'W'), ba.startswith(b'Hell'), ba.isalpha(), ba.isascii())
c = ba
c += b'!'
print(c is ba, ba)
d = ba[:]
d[0] = ord('J')
print(ba, d)
print(ba.decode(), bytes(ba), bytearray(ba) == ba, bytearray(ba) is not ba)
e = bytearray(b'abc')
e[1:2] = bytearray(b'XYZ')
e[0:0] = [1, 2]
print(e, list(e[:2]))
e.extend(range(65, 68))
e.extend(memoryview(b'mv'))
print(e)
print(bytearray(b'x').__alloc__() >= 1 if hasattr(bytearray, '__alloc__') else 'no alloc', len(bytearray(10)))
f = bytearray(b'sort me')
print(bytearray(sorted(f)), f.rstrip(b'me'), f.lstrip(b'so'), f.removeprefix(b'so'), f.removesuffix(b' me'))
