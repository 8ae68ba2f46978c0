# repr/str of bytes, conversions between int lists, hex, and str.
for b in [b'', b'a', b"'", b'"', b'\'"', b'\\', b'\x00\t\n\r\x7f\x80\xff', bytes(range(32, 127)), bytes(range(0, 256, 17))]:
    print(repr(b), str(b) == repr(b), len(b))
print(repr(bytearray(b'\x00ab')), repr(bytearray()), str(bytearray(b'x')))
print(list(b'AZaz09'), [hex(x) for x in b'\x0f\xf0'], bytes([0x41]) == b'A')
print(b'abc'.decode('ascii').encode('utf-16-le'), 'Ω'.encode(), 'Ω'.encode().decode())
print(bytes(reversed(b'abc')), bytes(sorted(b'banana')), bytes(set(b'aab')) in (b'ab', b'ba'))
print(int(b'42'), float(b'1.5'), int(b'ff', 16), int(bytearray(b' 7 ')))
try:
    int(b'4\xff2')
except ValueError as e:
    print('ValueError:', e)
print(bytes.fromhex('00ff').hex().upper(), b'\x00\x10'.hex(' '), bytearray.fromhex('0a0b').hex())
print(ord(b'a'), ord(bytearray(b'b')), chr(b'c'[0]), b'%c' % 100, bytes([b'e'[0] + 1]))
try:
    ord(b'ab')
except TypeError as e:
    print('TypeError:', e)
print(b'x' * 3 == bytes(3).replace(b'\x00', b'x'), bytes(4).hex(), b'\x01\x02'[::-1])
print(str(b'abc', 'ascii'), b'abc'.decode(encoding='ascii', errors='strict'), repr(b'\xe2\x82\xac'.decode()))
