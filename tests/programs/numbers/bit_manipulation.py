# Bitwise operations on ints including negatives (infinite two's complement).
for a in (0, 5, -5, 2 ** 70, -(2 ** 70) + 3):
    for b in (3, -3, 2 ** 65):
        print(a, b, a & b, a | b, a ^ b)
print(~0, ~-1, ~5, ~(2 ** 100), -5 >> 1, -5 >> 10, -1 >> 1000, 5 << 0, -3 << 4)
try:
    1 << -1
except ValueError as e:
    print('ValueError:', e)
try:
    1 >> -1
except ValueError as e:
    print('ValueError:', e)
def to_unsigned(n, bits):
    return n & ((1 << bits) - 1)
def to_signed(n, bits):
    n &= (1 << bits) - 1
    return n - (1 << bits) if n >> (bits - 1) else n
print(to_unsigned(-1, 8), to_unsigned(-128, 8), to_signed(255, 8), to_signed(127, 8), to_signed(2 ** 31, 32))
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in (0, 1, 255, 2 ** 64 - 1, 0b101010)], (2 ** 64 - 1).bit_count())
def reverse_bits(n, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print(reverse_bits(0b1011, 4), reverse_bits(1, 32), bin(reverse_bits(0xF0, 8)))
mask = 0
for bit in (0, 3, 5, 64):
    mask |= 1 << bit
print(mask, bin(mask), [b for b in range(70) if mask >> b & 1])
print(0xFF ^ 0x0F, 0b1100 & ~0b0100, (1 << 200) - 1 & 0xFFFF, -(1 << 200) | 1)
print(True << 3, 1.0 .__class__.__name__, 12 & True, False | 8)
try:
    1.5 & 1
except TypeError as e:
    print('TypeError:', e)
