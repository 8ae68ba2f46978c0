# Infinite generators consumed lazily with manual islice/takewhile.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(take(10, naturals()))
print(take(15, primes()))
print(list(take_while(lambda p: p < 60, primes())))
def cycle(seq):
    while True:
        yield from seq
print(take(7, cycle('abc')))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))))
def running_mean():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
rm = running_mean()
next(rm)
print([rm.send(v) for v in [10, 20, 30, 40]])
def windows(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(take(4, windows(naturals(), 3)))
gen = naturals()
for v in gen:
    if v > 4:
        break
print('resumed at', next(gen))
