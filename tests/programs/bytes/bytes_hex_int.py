# int.to_bytes/from_bytes round trips, byte order, signedness, and hex helpers.
for n in [0, 1, 255, 256, 65535, 2 ** 32, 2 ** 64 - 1, 12345678901234567890]:
    length = max(1, (n.bit_length() + 7) // 8)
    be = n.to_bytes(length, 'big')
    le = n.to_bytes(length, 'little')
    print(n, be.hex(), le.hex(), int.from_bytes(be, 'big') == n, int.from_bytes(le, 'little') == n)
for n in [-1, -128, -129, 127, -32768, -2 ** 63]:
    length = (n.bit_length() + 8) // 8
    b = n.to_bytes(length, 'big', signed=True)
    print(n, length, b.hex(), int.from_bytes(b, 'big', signed=True))
for bad in [lambda: (-1).to_bytes(1, 'big'), lambda: (128).to_bytes(1, 'big', signed=True),
            lambda: (1).to_bytes(1, 'middle'), lambda: (1).to_bytes(-1, 'big'), lambda: int.from_bytes('str', 'big')]:
    try:
        bad()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print((5).to_bytes(), (5).to_bytes(3), int.from_bytes(b'\x00\x05'), int.from_bytes([1, 2], 'big'))
print(int.from_bytes(b'', 'big'), int.from_bytes(bytearray(b'\x80'), 'big', signed=True))
print(hex(0), hex(-255), hex(2 ** 70), oct(-8), bin(-5), bin(0), int('0x1f', 16), int('1f', 16), int('0b101', 0))
print(bytes.fromhex('01 02\t03\n04'), bytes.fromhex('AbCd'))
try:
    bytes.fromhex('0 1')
except ValueError as e:
    print('ValueError:', e)
print(b'\x01\x02\x03'.hex(b':'[0:1].decode()), memoryview(b'\xaa\xbb').hex('_'), bytearray(b'\x10\x20').hex('|', 1))
print((0x1234).to_bytes(2, 'big')[0], (0x1234).to_bytes(2, 'little')[0], (1).to_bytes(4, byteorder='little'))
