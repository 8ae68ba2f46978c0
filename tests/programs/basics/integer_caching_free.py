# Value semantics that do not depend on small-int caching.
a = 256
b = 256
print(a == b)
c = 10 ** 20
d = 10 ** 20
print(c == d, c - d, hash(c) == hash(d))
vals = [2 ** 100 // 2 ** 99, 2, 2.0, True + True]
print(vals, [v == 2 for v in vals])
print(len({2, 2.0, 2 + 0j, True + True}))
print(len({1, 1.0, True}), {1: 'a', 1.0: 'b', True: 'c'})
print({0: 'zero', False: 'false', 0.0: 'float'})
n = 0
for i in range(1000):
    n += i
print(n, n == 499500)
big = 1
for i in range(1, 30):
    big *= i
print(big, big % 1000007, big.bit_length())
print(int('12345678901234567890') * 2, -int('-5'))
print(str(2 ** 64), repr(-2 ** 63), 2 ** 64 - 1 == 0xFFFFFFFFFFFFFFFF)
print(7 ** 77 % 1000, (7 ** 77).bit_length())
