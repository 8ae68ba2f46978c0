# Async generator finalisation with aclose, athrow and return values.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Suspend:
    def __await__(self):
        yield
async def resource():
    print('acquire')
    try:
        for i in range(3):
            await Suspend()
            yield i
    finally:
        await Suspend()
        print('release')
async def partial():
    ag = resource()
    async for v in ag:
        print('value', v)
        if v == 1:
            break
    await ag.aclose()
    print('closed explicitly')
run(partial())
async def thrower():
    ag = resource()
    print(await ag.__anext__())
    try:
        await ag.athrow(ValueError('into agen'))
    except ValueError as e:
        print('ValueError back out:', e)
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        print('finished after throw')
run(thrower())
async def yields_in_finally():
    try:
        yield 1
    finally:
        yield 'bad'
async def close_bad():
    ag = yields_in_finally()
    await ag.__anext__()
    try:
        await ag.aclose()
    except RuntimeError as e:
        print('RuntimeError:', e)
run(close_bad())
try:
    compile('async def f():\n    yield 1\n    return 2\n', 's', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
async def ag_raises_stop():
    yield 1
    raise StopAsyncIteration
async def consume():
    out = []
    try:
        async for v in ag_raises_stop():
            out.append(v)
    except RuntimeError as e:
        out.append('RuntimeError: ' + str(e))
    return out
print(run(consume()))
