# Closures: counters with nonlocal, adders, function composition,
# decorators implemented as closures, and a memoising wrapper.

ROUNDS = 2100000


def make_counter(step):
    count = 0

    def tick():
        nonlocal count
        count += step
        return count

    return tick


def make_adder(n):
    return lambda x: x + n


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


def logged(counter):
    def decorator(fn):
        def wrapper(*args):
            counter[0] += 1
            return fn(*args)
        return wrapper
    return decorator


def memoize(fn):
    cache = {}

    def inner(n):
        if n in cache:
            return cache[n]
        value = fn(n)
        cache[n] = value
        return value

    inner.cache = cache
    return inner


calls = [0]


@logged(calls)
def mix(a, b):
    return (a * 31 + b) % 65521


@memoize
def partitions(n):
    # a toy three-term recurrence; only interesting because it is memoised
    if n < 0:
        return 0
    if n == 0:
        return 1
    return (partitions(n - 1) + partitions(n - 3) + partitions(n - 7)) % 1000000007


def main():
    counters = [make_counter(s) for s in range(1, 6)]
    adders = [make_adder(k) for k in range(10)]
    pipeline = compose(adders[3], lambda v: v * 2, adders[7], lambda v: v % 9973)
    acc = 0
    for i in range(ROUNDS):
        c = counters[i % 5]
        acc = mix(acc, c())
        acc = pipeline(acc + i)
        acc += adders[i % 10](i) & 15
    fns = []
    for k in range(50):
        fns.append(lambda x, k=k: x * k + 1)
    acc2 = 0
    for i in range(150000):
        for f in fns[:10]:
            acc2 = f(acc2) % 100003
    p = 0
    for n in range(0, 2000, 7):
        p = (p + partitions(n)) % 1000000007
    print("closures", acc, acc2, calls[0], counters[4](), p, len(partitions.cache))


main()
