# Generators: multi-stage generator pipelines, generator expressions,
# yield from over a recursive tree walk, and send() into a coroutine.

COUNT = 3500000
TREE_DEPTH = 19


def numbers(n):
    x = 1
    for i in range(n):
        x = (x * 75 + 74) % 65537
        yield x


def keep_odd(stream):
    for v in stream:
        if v & 1:
            yield v


def scale(stream, k):
    for v in stream:
        yield v * k % 10007


def windows(stream, size):
    buf = []
    for v in stream:
        buf.append(v)
        if len(buf) == size:
            yield tuple(buf)
            buf = buf[1:]


def build_tree(depth, label):
    if depth == 0:
        return None
    return (build_tree(depth - 1, label * 2), label, build_tree(depth - 1, label * 2 + 1))


def walk(node):
    if node is None:
        return
    left, label, right = node
    yield from walk(left)
    yield label
    yield from walk(right)


def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total // count
    return total


def main():
    pipeline = windows(scale(keep_odd(numbers(COUNT)), 3), 4)
    wsum = 0
    wcount = 0
    for w in pipeline:
        wsum = (wsum + w[0] * w[3] - w[1]) % 1000000007
        wcount += 1

    tree = build_tree(TREE_DEPTH, 1)
    order = 0
    pos = 0
    for label in walk(tree):
        pos += 1
        order = (order * 7 + label * pos) % 1000000007

    squares = sum(v * v for v in range(900000) if v % 3)
    co = averager()
    next(co)
    last = 0
    for v in numbers(350000):
        last = co.send(v)
    try:
        co.send(None)
        total = -1
    except StopIteration as stop:
        total = stop.value
    print("gen", wcount, wsum, pos, order, squares % 1000003, last, total)


main()
