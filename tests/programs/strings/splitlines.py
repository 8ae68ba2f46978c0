# splitlines recognises many line boundaries; keepends.
text = 'a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
print(text.splitlines())
print(text.splitlines(keepends=True))
print('one\n\ntwo\n'.splitlines(), 'one\n\ntwo\n'.splitlines(True))
print(''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines(), 'no newline'.splitlines())
print('\r\n'.splitlines(True), '\r\r\n'.splitlines(), '\n\r'.splitlines())
print('x\ny'.split('\n'), 'x\ny\n'.split('\n'), 'x\ny\n'.splitlines())
print(b'a\nb\r\nc\rd\x0be'.splitlines(), b'a\x85b'.splitlines())
lines = 'first line\nsecond line\r\nthird'.splitlines()
for i, line in enumerate(lines, 1):
    print(i, repr(line))
print(len('\u2028'.splitlines()), len('\x0c'.splitlines(True)))
print('trailing\r'.splitlines(True), 'a\x1eb'.splitlines())
data = 'k1=v1\nk2=v2\r\n\nk3=v3'
parsed = dict(line.split('=', 1) for line in data.splitlines() if line)
print(parsed)
print([len(l) for l in 'a\r\nbb\n\rccc'.splitlines(keepends=True)])
print(bytearray(b'x\ny').splitlines(), b''.splitlines(), b'\r\n'.splitlines(keepends=True))
