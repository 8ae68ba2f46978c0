# Awaitable objects: __await__ returning iterators, generator-based awaits, errors.
def run(coro):
    steps = 0
    try:
        while True:
            v = coro.send(None)
            steps += 1
            print('  loop got', v)
    except StopIteration as e:
        return e.value, steps
class Future:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        yield 'waiting for ' + str(self.value)
        return self.value
async def main():
    a = await Future(1)
    b = await Future('two')
    return a, b
print(run(main()))
class Immediate:
    def __await__(self):
        return iter([])
async def imm():
    return await Immediate()
print(run(imm()))
class BadAwait:
    def __await__(self):
        return 5
async def bad():
    await BadAwait()
try:
    run(bad())
except TypeError as e:
    print('TypeError:', e)
async def await_int():
    await 42
try:
    run(await_int())
except TypeError as e:
    print('TypeError:', e)
class GenAwait:
    def __await__(self):
        x = yield 'first'
        y = yield 'second'
        return ('sent', x, y)
async def use_gen_await():
    return await GenAwait()
c = use_gen_await()
print(c.send(None), c.send('X'))
try:
    c.send('Y')
except StopIteration as e:
    print(e.value)
async def inner():
    return 'inner value'
async def outer():
    coro = inner()
    print(type(coro).__name__, hasattr(coro, '__await__'))
    return await coro
print(run(outer()))
async def twice():
    c = inner()
    await c
    try:
        await c
    except RuntimeError as e:
        return 'RuntimeError: ' + str(e)
print(run(twice()))
