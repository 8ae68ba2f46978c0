# bytes construction, indexing, slicing, iteration and comparisons.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(b'copy'), bytes('é', 'utf-8'), bytes(range(5)))
print(bytes(bytearray(b'ba')), bytes(memoryview(b'mv')), bytes((x for x in [1, 2])), bytes.fromhex('de ad BE EF'))
b = b'hello world'
print(b[0], b[-1], b[1:5], b[::-1], b[::2], type(b[0]).__name__, type(b[0:1]).__name__)
print(list(b[:3]), len(b), b'o' in b, 111 in b, b'xyz' in b, b'' in b)
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes('str'), lambda: bytes(-1),
            lambda: b'a'[5], lambda: bytes([1.5]), lambda: bytes.fromhex('xyz'), lambda: bytes.fromhex('a'),
            lambda: 300 in b, lambda: 'h' in b]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ':', e)
print(b'abc' < b'abd', b'ab' < b'abc', b'' < b'\x00', b'\xff' > b'\x00\xff', b'a' == bytearray(b'a'))
print(b'a' + b'b', b'ab' * 3, 2 * b'x', b'a' + bytearray(b'b'), type(b'a' + bytearray(b'b')).__name__)
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError:', e)
print(b'\x00\x01\xfe\xff'.hex(), b'abc'.hex('-'), b'abcdef'.hex(':', 2), b'abcdef'.hex(':', -2), b''.hex())
print(hash(b'abc') == hash(b'abc'), bytes is type(b''), b'abc'.__len__())
x = b'immutable'
try:
    x[0] = 1
except TypeError as e:
    print('TypeError:', e)
print(bytes(5) == b'\x00' * 5, b'%d' % 5, list(iter(b'\x01\x02')), sorted(b'cab'), max(b'xyz'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), (1024).to_bytes(2, 'big'))
print(int.from_bytes(b'\xff', 'big', signed=True), (-1).to_bytes(2, 'little', signed=True), (255).to_bytes(1, 'big'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError:', e)
