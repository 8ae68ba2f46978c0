# Function-call overhead: naive recursive Fibonacci plus a few other
# call shapes (positional, keyword, default arguments, *args).

FIB_N = 34
REPEAT = 2


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def scaled(value, factor=3, offset=1):
    return value * factor + offset


def total_of(*values):
    acc = 0
    for v in values:
        acc += v
    return acc


def call_shapes(rounds):
    acc = 0
    for i in range(rounds):
        acc += scaled(i)
        acc += scaled(i, 2)
        acc += scaled(value=i, offset=5)
        acc += total_of(i, 1, 2)
        acc &= 0xFFFFFFFF
    return acc


def main():
    fibs = []
    for _ in range(REPEAT):
        fibs.append(fib(FIB_N))
    t = tak(18, 12, 6)
    shapes = call_shapes(200000)
    print("fib", fibs[-1], sum(fibs), "tak", t, "shapes", shapes)


main()
