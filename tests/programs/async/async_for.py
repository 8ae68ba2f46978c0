# async for over objects implementing __aiter__/__anext__; else clauses; errors.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    async for t in Ticker(3):
        print('tick', t)
    else:
        print('async for else')
    async for t in Ticker(5):
        if t == 2:
            continue
        if t == 4:
            break
        print('tick2', t)
    else:
        print('not printed')
    total = 0
    async for a in Ticker(2):
        async for b in Ticker(2):
            total += a * b
    return total
print(run(main()))
async def not_async_iterable():
    async for x in [1, 2]:
        pass
try:
    run(not_async_iterable())
except TypeError as e:
    print('TypeError:', e)
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def bad():
    async for x in BadAnext():
        pass
try:
    run(bad())
except TypeError as e:
    print('TypeError:', e)
async def unpack():
    out = []
    async for i, sq in Pairs():
        out.append((i, sq))
    return out
class Pairs(Ticker):
    def __init__(self):
        super().__init__(3)
    async def __anext__(self):
        v = await super().__anext__()
        return v, v * v
print(run(unpack()))
