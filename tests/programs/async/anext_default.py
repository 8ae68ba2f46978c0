# anext() with a default: the default when the iterator is exhausted, the
# values before that, errors passed through, and a wrong argument.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen(n):
    for i in range(n):
        yield i


async def failing():
    yield 1
    raise ValueError("inside")


async def main():
    it = agen(2)
    out = [await anext(it, "done") for _ in range(4)]
    f = failing()
    out.append(await anext(f, "unused"))
    try:
        await anext(f, "unused")
    except ValueError as e:
        out.append("ValueError " + str(e))
    try:
        await anext(3, "x")
    except TypeError as e:
        out.append("TypeError " + str(e))
    aw = anext(agen(0), None)
    out.append(type(aw).__name__)
    out.append(await aw)
    return out


print(run(main()))
