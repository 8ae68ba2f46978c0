# Arbitrary precision integer arithmetic.
a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b, b // 12345, b % 12345, divmod(b, a))
print(-a // 7, -a % 7, a // -7, a % -7)
print(a ** 2 == a * a, (a * b) // b == a, pow(a, 3) // a ** 2 == a)
fact = 1
for i in range(1, 101):
    fact *= i
print(fact)
print(len(str(fact)), fact % (10 ** 9 + 7), str(fact).count('0'), fact.bit_length())
print(sum(int(d) for d in str(2 ** 1000)))
print((10 ** 50 + 1) * (10 ** 50 - 1) == 10 ** 100 - 1)
print(-(2 ** 100), abs(-(2 ** 100)), -(-(2 ** 100)), +(2 ** 100))
print(2 ** 64 * 2 ** 64 == 2 ** 128, (2 ** 128) >> 64, 1 << 130, (1 << 130) & ((1 << 65) - 1))
print(~(2 ** 100), (2 ** 100) | 1, (2 ** 100) ^ (2 ** 99), -(2 ** 100) & 0xFFFF, -(2 ** 100) >> 90)
x = 123456789 ** 9
print(x, x % 1000000007, x // 10 ** 40)
print(int(str(x)) == x, int(str(-x)) == -x, hex(x), oct(x)[:20], bin(x)[:20])
fib = [0, 1]
for _ in range(300):
    fib.append(fib[-1] + fib[-2])
print(fib[300])
print(2 ** 1000 // 3 ** 600, (2 ** 1000) % (3 ** 100))
print((-7) ** 77 < 0, (-7) ** 78 > 0, 0 ** 100, 1 ** (10 ** 6))
