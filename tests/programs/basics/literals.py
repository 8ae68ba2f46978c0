# Integer, float, string, bytes and container literals.
print(0, 1, -1, 0b1011, 0o777, 0xDEADbeef, 1_000_000, 0x_ff)
print(1.5, .5, 5., 1e10, 1E-5, 1_0.0_1, 3.14e+2, 0.0, -0.0)
print(1j, 2.5j, 1e3j, 0j, 3 + 4j)
print('single', "double", '''triple''', """triple2""")
print('a' 'b' "c", r'raw\n', b'bytes', rb'\x00raw', Rb"\d")
print('\x41\u00e9\N{GREEK SMALL LETTER ALPHA}\U0001F600'.encode('utf-8'))
print('tab\there', 'nl\\n', '\'', "\"", '\a\b\f\v\0'.encode())
print('\101\60\7', len('\1234'))
print([], [1], [1, 2,], (), (1,), (1, 2), {}, {1: 2}, {1, 2}, {1,})
print(True, False, None, ..., Ellipsis is ...)
print(type(1), type(1.0), type(1j), type('s'), type(b''), type(None), type(...))
print(0xFFFFFFFFFFFFFFFFFFFF, 0o7777777777777777777777777, 0b1 << 100)
print(000, 0_0, 00.5, 09.5)
x = [1, 2, 3][1]
print(x, 'abc'[-1], (1, 2, 3)[::-1], {1: 'one'}[1])
print("""multi
line
string""")
print('''a\
b''')
print(f'{1}' 'x' f'{2}')
print(type(123456789012345678901234567890))
print(1e308 * 10, -1e308 * 10, 1e-400)
print(0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789.123456789)
print(float('inf'), float('-inf'), float('nan'))
