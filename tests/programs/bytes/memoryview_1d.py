# memoryview on bytes and bytearray: slicing, tolist, release, cast to bytes, writes through.
data = bytearray(b'abcdefgh')
mv = memoryview(data)
print(mv[0], mv[-1], bytes(mv[1:4]), mv[::2].tobytes(), mv.tolist()[:3], len(mv), mv.nbytes)
print(mv.readonly, mv.format, mv.itemsize, mv.ndim, mv.shape, mv.strides, mv.obj is data, mv.contiguous)
mv[0] = ord('A')
mv[1:3] = b'BC'
print(data)
sub = mv[4:]
sub[0] = ord('E')
print(data, bytes(sub))
ro = memoryview(b'readonly')
print(ro.readonly, ro.tobytes(), ro.hex(), ro[2:5].hex(':'))
try:
    ro[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    mv[0:2] = b'xyz'
except ValueError as e:
    print('ValueError:', e)
print(mv == data, mv == b'ABCdEfgh', ro == b'readonly', memoryview(b'ab') == memoryview(b'ab'))
print(list(memoryview(b'\x01\x02\x03')), b'\x02' in bytes(memoryview(b'\x01\x02')))
m2 = memoryview(b'xyz')
m2.release()
try:
    m2[0]
except ValueError as e:
    print('ValueError:', e)
with memoryview(b'ctx') as m3:
    print(m3.tobytes())
try:
    len(m3)
except ValueError as e:
    print('ValueError:', e)
try:
    memoryview('str')
except TypeError as e:
    print('TypeError:', e)
print(bytes(memoryview(b'abc')[::-1]), memoryview(b'abcdef')[1:5:2].tobytes(), memoryview(b'')[:].tobytes())
try:
    data.append(1)
except BufferError as e:
    print('BufferError:', e)
sub.release()
mv.release()
data.append(ord('!'))
print(data)
print(memoryview(b'hash me').__hash__() == hash(b'hash me'))
