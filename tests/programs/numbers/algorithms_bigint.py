# Number-theory algorithms exercising integer arithmetic.
def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print([isqrt(n) for n in (0, 1, 15, 16, 17, 10 ** 20, 2 ** 101)], isqrt(10 ** 100) == 10 ** 50)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
print(gcd(2 ** 100, 6 ** 50), gcd(-12, 18), gcd(0, 0), gcd(17, 0), gcd(10 ** 40 + 1, 10 ** 20 + 1))
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
g, x, y = egcd(240, 46)
print(g, x, y, 240 * x + 46 * y)
def is_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in range(100) if is_prime(n)])
print(is_prime(2 ** 61 - 1), is_prime(2 ** 67 - 1), is_prime(2 ** 89 - 1), is_prime(10 ** 18 + 9))
def digits_of_e(n):
    total = 0
    term = 10 ** (n + 10)
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[:n]
print(digits_of_e(60))
def catalan(n):
    c = 1
    for i in range(n):
        c = c * 2 * (2 * i + 1) // (i + 2)
    return c
print([catalan(i) for i in range(15)], catalan(100))
print(int(str(3 ** 1000)[::-1]) % 1000003)
