# Building binary data incrementally and iterating over it in chunks.
buf = bytearray()
for i in range(10):
    buf += bytes([i * 3 % 256])
    if i % 3 == 0:
        buf.extend(b'|')
print(buf, len(buf))
chunks = [bytes(buf[i:i + 4]) for i in range(0, len(buf), 4)]
print(chunks)
def encode_varint(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)
def decode_varint(data):
    result = shift = 0
    for i, b in enumerate(data):
        result |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return result, i + 1
for n in [0, 1, 127, 128, 300, 16384, 2 ** 31, 2 ** 63 + 5]:
    enc = encode_varint(n)
    print(n, enc.hex(), decode_varint(enc))
def rle(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)
packed = rle(b'aaaabbbcccd' + b'z' * 300)
print(packed, len(packed))
print(sum(b'checksum') & 0xFF, bytes(reversed(b'\x01\x02\x03')), b''.join(bytes([c]) for c in b'join'))
it = iter(b'ab')
print(next(it), next(it), next(it, None))
print([b for b in b'\x00\x7f\x80\xff'], list(enumerate(b'xy')), any(b > 127 for b in b'ascii'))
