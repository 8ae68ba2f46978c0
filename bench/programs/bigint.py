# Arbitrary-precision integers: factorials, a streaming spigot for the
# digits of pi, Machin's formula in fixed point, fast-doubling
# Fibonacci and three-argument pow.

PI_DIGITS = 5000
FACT_N = 20000
FIB_INDEX = 300000


def pi_stream():
    # Gibbons-style unbounded spigot using a linear fractional state.
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    while True:
        if 4 * q + r - t < m * t:
            yield m
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = (q * k, (2 * q + r) * x, t * x, k + 1,
                                (q * (7 * k + 2) + r * x) // (t * x), x + 2)


def arctan_inverse(n, unity):
    # arctan(1/n) * unity, by the alternating Taylor series
    total = term = unity // n
    n2 = n * n
    k = 1
    sign = -1
    while term:
        term //= n2
        k += 2
        total += sign * (term // k)
        sign = -sign
    return total


def machin_pi(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inverse(5, unity) - arctan_inverse(239, unity))
    return pi // 10 ** 10


def fib_pair(n):
    # returns (F(n), F(n+1))
    if n == 0:
        return 0, 1
    a, b = fib_pair(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n & 1:
        return d, c + d
    return c, d


def to_decimal(n, pad=0):
    # Divide-and-conquer decimal conversion for non-negative n.  CPython
    # 3.11 refuses str() on integers over 4300 digits, so large values
    # are split by powers of ten and the halves converted separately.
    if n < 10 ** 1000:
        text = str(n)
        return "0" * (pad - len(text)) + text if pad else text
    k = 1000
    while 10 ** (2 * k) <= n:
        k *= 2
    high, low = divmod(n, 10 ** k)
    return to_decimal(high, pad - k if pad > k else 0) + to_decimal(low, k)


def main():
    digits = []
    for d in pi_stream():
        digits.append(d)
        if len(digits) == PI_DIGITS:
            break
    spigot = "".join(str(d) for d in digits)
    machin = to_decimal(machin_pi(PI_DIGITS * 2))
    assert machin[:PI_DIGITS] == spigot, "pi methods disagree"

    f = 1
    for i in range(2, FACT_N + 1):
        f *= i
    fact_digits = to_decimal(f)
    trailing = len(fact_digits) - len(fact_digits.rstrip("0"))

    fa, fb = fib_pair(FIB_INDEX)
    modp = pow(3, fb, 1000000007)
    mixed = (f % (fa + 1)) ^ (fb >> 200000)
    print("pi", spigot[-12:], sum(digits), "fact", len(fact_digits), trailing)
    print("fib", fa % 1000000007, fa.bit_length(), "pow", modp, "mixed", mixed.bit_length(), mixed % 9973)


main()
