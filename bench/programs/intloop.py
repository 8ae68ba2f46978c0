# Integer arithmetic in tight while/for loops: Collatz chain lengths,
# Euclid's gcd, a linear congruential generator and a digit-sum loop.

COLLATZ_LIMIT = 200000
GCD_SIDE = 520
LCG_STEPS = 1300000


def collatz_length(n):
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        steps += 1
    return steps


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def digit_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s


def main():
    best_len = 0
    best_start = 0
    total_len = 0
    for start in range(1, COLLATZ_LIMIT):
        length = collatz_length(start)
        total_len += length
        if length > best_len:
            best_len = length
            best_start = start

    coprime = 0
    gsum = 0
    for a in range(1, GCD_SIDE):
        for b in range(1, GCD_SIDE):
            g = gcd(a, b)
            gsum += g
            if g == 1:
                coprime += 1

    x = 2024
    mixed = 0
    digits = 0
    for i in range(LCG_STEPS):
        x = (x * 1103515245 + 12345) % 2147483648
        mixed ^= (x >> 5) + i
        if i % 16 == 0:
            digits += digit_sum(x)

    print("collatz", best_start, best_len, total_len)
    print("gcd", coprime, gsum)
    print("lcg", x, mixed, digits)


main()
