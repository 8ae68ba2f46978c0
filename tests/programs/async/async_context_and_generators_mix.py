# async with inside async generators; cleanup order when consumers stop early.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Conn:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print('open', self.name)
        return self
    async def __aexit__(self, *exc):
        print('close', self.name, exc[0].__name__ if exc[0] else None)
        return False
async def rows(name, n):
    async with Conn(name) as conn:
        for i in range(n):
            yield '%s-row%d' % (conn.name, i)
async def consume_all():
    return [r async for r in rows('db1', 3)]
print(run(consume_all()))
async def consume_some():
    gen = rows('db2', 5)
    out = []
    async for r in gen:
        out.append(r)
        if len(out) == 2:
            break
    await gen.aclose()
    return out
print(run(consume_some()))
async def consume_error():
    gen = rows('db3', 5)
    async for r in gen:
        if r.endswith('1'):
            try:
                await gen.athrow(RuntimeError('consumer failed'))
            except RuntimeError as e:
                return 'propagated: ' + str(e)
print(run(consume_error()))
async def nested():
    async with Conn('outer'):
        async with Conn('inner'):
            return [r async for r in rows('innermost', 1)]
print(run(nested()))
