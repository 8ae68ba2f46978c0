# Augmented arithmetic on numbers changes type appropriately.
x = 7
x /= 2
print(x, type(x).__name__)
x = 7
x //= 2.0
print(x, type(x).__name__)
x = 2
x **= -1
print(x, type(x).__name__)
x = 2
x **= 100
print(x, type(x).__name__)
x = 1
x += 1j
print(x, type(x).__name__)
x = True
x += True
print(x, type(x).__name__)
x = 10
x %= -3
print(x)
x = -10.5
x %= 3
print(x)
x = 1
for _ in range(70):
    x <<= 1
print(x, x.bit_length())
x >>= 69
print(x)
x = 0b1010
x &= 0b0110
x |= 0b10000
x ^= 0b11111
print(bin(x))
acc = 0.0
for i in range(1, 11):
    acc += i / 10
print(acc)
n = 1
for i in range(1, 25):
    n *= i
print(n)
f = 1.0
for i in range(1, 25):
    f *= i
print(f, float(n) == f)
c = 1 + 1j
c *= 1j
c -= 2
c /= 2
print(c)
try:
    z = 5
    z /= 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e, z)
