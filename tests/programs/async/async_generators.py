# Async generators: __anext__, asend, athrow, aclose, driven manually.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen(n):
    for i in range(n):
        yield i * 10
    print('agen exhausted')
async def collect(ag):
    out = []
    async for v in ag:
        out.append(v)
    return out
print(run(collect(agen(3))))
ag = agen(2)
print(type(ag).__name__, ag.__name__)
print(run(ag.__anext__()), run(ag.__anext__()))
try:
    run(ag.__anext__())
except StopAsyncIteration:
    print('StopAsyncIteration')
async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        print('echo closing with', received)
e = echo()
print(run(e.asend(None)), run(e.asend('a')), run(e.asend('b')))
run(e.aclose())
async def catches():
    try:
        yield 'first'
    except KeyError as err:
        yield 'caught ' + str(err)
c = catches()
print(run(c.__anext__()))
print(run(c.athrow(KeyError('k'))))
print(aiter(c) is c, type(anext(c)).__name__)
async def comp():
    return [v async for v in agen(4) if v > 0]
print(run(comp()))
async def gen_comp():
    g = (v * 2 async for v in agen(3))
    return [x async for x in g]
print(run(gen_comp()))
async def anext_default():
    a = agen(0)
    return await anext(a, 'default value')
print(run(anext_default()))
