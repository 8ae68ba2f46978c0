# maketrans tables, translate with delete, and byte-wise transformations.
table = bytes.maketrans(b'abcdefghijklmnopqrstuvwxyz', b'nopqrstuvwxyzabcdefghijklm')
msg = b'hello world'
enc = msg.translate(table)
print(enc, enc.translate(table))
print(bytes.maketrans(b'', b'') == bytes(range(256)), bytearray.maketrans(b'a', b'b')[97])
print(b'remove vowels'.translate(None, b'aeiou'), bytearray(b'keep').translate(None, b''))
upper = bytes(range(256)).upper()
print(b'mixed Case'.translate(upper), upper[97:100])
try:
    b'x'.translate(b'short')
except ValueError as e:
    print('ValueError:', e)
try:
    bytes.maketrans(b'ab', b'a')
except ValueError as e:
    print('ValueError:', e)
xor = bytes(b ^ 0x20 for b in b'Hello')
print(xor, bytes(b ^ 0x20 for b in xor))
rev = bytes(int('{:08b}'.format(b)[::-1], 2) for b in b'\x01\x02\x80')
print(rev.hex())
counts = {}
for byte in b'mississippi':
    counts[chr(byte)] = counts.get(chr(byte), 0) + 1
print(counts)
print(bytes(x for x in range(256) if chr(x).isalnum() and x < 128)[:20])
print(b'\t'.join(b'%d' % i for i in range(5)), b'abc'.translate(bytes.maketrans(b'abc', b'ABC'), b'b'))
print(bytes(map(lambda c: c + 1, b'HAL')), bytes(filter(lambda c: c != 32, b'n o s p a c e')))
