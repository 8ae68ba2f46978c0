# bytes methods mirroring str methods.
b = b'  Hello, World!  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' !'), b.upper(), b.lower(), b.swapcase(), b.title())
print(b'hello'.capitalize(), b'abc'.center(9, b'*'), b'abc'.ljust(5), b'abc'.rjust(5, b'0'), b'42'.zfill(5), b'-4'.zfill(4))
print(b'a,b,,c'.split(b','), b'a b  c'.split(), b'a,b,c'.rsplit(b',', 1), b'k=v=w'.partition(b'='), b'k=v=w'.rpartition(b'='))
print(b','.join([b'a', b'b', bytearray(b'c')]), b''.join([]), b'-'.join([memoryview(b'mv'), b'x']))
print(b'abcabc'.find(b'c'), b'abcabc'.rfind(b'c'), b'abcabc'.find(99), b'abcabc'.index(b'b'), b'abcabc'.count(b'ab'), b'aaa'.count(b''))
print(b'abc'.startswith(b'ab'), b'abc'.endswith((b'x', b'bc')), b'abc'.replace(b'b', b'BB'), b'aaa'.replace(b'a', b'b', 2))
print(b'abc'.isalpha(), b'123'.isdigit(), b'abc123'.isalnum(), b' \t'.isspace(), b'ABC'.isupper(), b'abc'.islower(), b'Ab Cd'.istitle(), b'\x80'.isascii())
print(b'\xc3\xa9'.isalpha(), b'\xe9'.isalpha(), b'\xe9'.upper(), b''.isalpha())
print(b'a\tb'.expandtabs(4), b'line1\nline2\r\n'.splitlines(), b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'))
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), b'aabbcc'.translate(t), b'abcdef'.translate(None, b'bd'), b'abc'.translate(t, b'a'))
try:
    b'abc'.join(['a'])
except TypeError as e:
    print('TypeError:', e)
try:
    b'abc'.split('b')
except TypeError as e:
    print('TypeError:', e)
try:
    b'a'.center(3, b'xy')
except TypeError as e:
    print('TypeError:', e)
print(b'hello'.decode(), b'caf\xc3\xa9'.decode('utf-8'), b'\xe9'.decode('latin-1'))
print(b'%s-%d-%x-%5.1f' % (b'x', 3, 255, 2.25), b'%(k)s' % {b'k': b'v'})
print(bytes.fromhex('414243').decode(), b'hi'.hex(), bytes.fromhex('') == b'')
print(b'abc'.split(maxsplit=0), b'  a  '.split(None, 1), b'abc'.rindex(b'c'), b'ab'.find(b'', 1))
