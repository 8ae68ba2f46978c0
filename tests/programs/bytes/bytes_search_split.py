# Searching and splitting binary data with integers and byte strings.
data = b'GET /index.html HTTP/1.1\r\nHost: example\r\nAccept: */*\r\n\r\nBODY'
head, sep, body = data.partition(b'\r\n\r\n')
print(sep, body)
lines = head.split(b'\r\n')
method, path, version = lines[0].split(b' ')
print(method, path, version)
headers = dict(line.split(b': ', 1) for line in lines[1:])
print(headers)
print(data.find(b'Host'), data.count(b'\r\n'), data.index(ord('/')), data.rfind(b'*'))
print(data.startswith(b'GET'), data.endswith(b'BODY'), b'HTTP' in data, 13 in data)
packet = bytes([0x02, 0x05]) + b'hello' + bytes([0x03])
length = packet[1]
payload = packet[2:2 + length]
print(packet, length, payload, packet[-1] == 0x03)
checksum = sum(payload) % 256
print(checksum, hex(checksum), payload.hex())
fields = b'a;b;c;;d'.split(b';')
print(fields, [f for f in fields if f], b';'.join(reversed(fields)))
print(b'one two  three'.split(), b'one two three'.rsplit(maxsplit=1), b'\x00\x01\x00\x02'.split(b'\x00'))
print(b'abc'.find(b'c', 1, 2), b'abc'.find(b'c', -1), b'aXbXc'.split(b'X', 1), b'  x  '.strip(b' x'))
print(b'key=value'.split(b'=')[1].upper(), b'%b:%b' % (b'k', b'v'))
print(bytes(b'AbC').swapcase(), b'hello world'.title(), b'a1b2'.isalnum(), b'' .join([b'x'] * 3))
