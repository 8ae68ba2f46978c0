# chr/ord and bin/oct/hex conversions.
print([ord(c) for c in 'aA0 \n~'], ord('é'), ord('日'), ord('😀'), ord('\x00'), ord(b'A'), ord(bytearray(b'z')))
print(chr(65), chr(0x263A), repr(chr(0)), repr(chr(127)), chr(0x1F600), chr(True))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr(1.5), lambda: ord(''), lambda: ord('ab'), lambda: ord(5), lambda: chr('a')]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
for n in [0, 1, -1, 7, 8, 255, -255, 2 ** 32, -(2 ** 64) + 1, 10 ** 25]:
    print(n, bin(n), oct(n), hex(n), format(n, 'x'), format(n, '#o'))
class Idx:
    def __index__(self): return 10
print(bin(Idx()), oct(Idx()), hex(Idx()))
for bad in [lambda: bin(1.5), lambda: hex('a'), lambda: oct(None)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16), int(hex(-99), 0))
print(''.join(chr(ord(c) + 1) for c in 'HAL'), [chr(i) for i in range(0x41, 0x47)], sum(map(ord, 'abc')))
print(hex(255).upper(), hex(255)[2:].zfill(4), bin(5)[2:].rjust(8, '0'), f'{255:#06x}', f'{5:08b}')
