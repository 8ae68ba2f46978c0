# Coroutines driven manually with send(None); await chains and return values.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def add(a, b):
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x, y
print(run(compute()))
async def nothing():
    pass
print(run(nothing()))
c = add(1, 1)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running)
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
async def raiser():
    raise ValueError('async failure')
async def catcher():
    try:
        await raiser()
    except ValueError as e:
        return 'caught: ' + str(e)
print(run(catcher()))
try:
    run(raiser())
except ValueError as e:
    print('propagated:', e)
async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)
print(run(deep(50)))
pending = add(1, 2)
try:
    iter(pending)
except TypeError as e:
    print('TypeError:', e)
pending.close()
co = nothing()
co.close()
print(co.cr_frame)
async def with_default(x=5, *, y=6):
    return x * y
print(run(with_default()), run(with_default(2, y=3)))
print(run(add(*[4, 5])))
