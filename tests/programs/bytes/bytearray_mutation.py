# bytearray is mutable: item/slice assignment, append/extend/insert/pop/remove/reverse/clear.
ba = bytearray(b'hello')
ba[0] = ord('J')
print(ba, ba[0], len(ba))
ba[1:3] = b'EE'
print(ba)
ba[1:3] = b''
print(ba)
ba[1:1] = b'--inserted--'
print(ba)
del ba[1:13]
print(ba)
ba.append(33)
ba.extend(b'??')
ba.extend([65, 66])
ba.insert(0, ord('<'))
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord('?'))
print(ba)
ba.reverse()
print(ba)
ba2 = ba.copy()
ba.clear()
print(ba, ba2, ba2 is not ba)
ba3 = bytearray(b'abc')
ba3 += b'def'
ba3 *= 2
print(ba3, len(ba3))
del ba3[::2]
print(ba3)
ba3[::2] = b'XYZ'
print(ba3)
for bad in [lambda: bytearray(b'a').__setitem__(0, 256), lambda: bytearray(b'a').append(-1),
            lambda: bytearray(b'a').remove(99), lambda: bytearray().pop(), lambda: bytearray(b'ab').__setitem__(slice(None, None, 2), b'xy'),
            lambda: bytearray(b'a').extend([1, 'x']), lambda: bytearray(b'a').__setitem__(0, b'x')]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ':', e)
print(bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray.fromhex('ff 00'))
b = bytearray(b'abc')
print(b.upper(), type(b.upper()).__name__, b.replace(b'a', b'z'), b, b == b'abc', b'abc' == b)
try:
    hash(bytearray())
except TypeError as e:
    print('TypeError:', e)
print(bytearray(b'xy') + b'z', b'z' + bytearray(b'xy'), bytearray(b'ab') * 2, list(bytearray(b'\x00\xff')))
