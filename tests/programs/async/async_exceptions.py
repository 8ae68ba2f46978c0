# Exceptions flowing through awaits, chaining, and finally blocks in coroutines.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Suspend:
    def __await__(self):
        yield
async def failing(msg):
    await Suspend()
    raise ValueError(msg)
async def middle():
    try:
        await failing('deep')
    finally:
        print('middle finally')
async def top():
    try:
        await middle()
    except ValueError as e:
        raise RuntimeError('wrapped') from e
try:
    run(top())
except RuntimeError as e:
    print(e, '<-', repr(e.__cause__))
async def gather(*coros):
    results = []
    for c in coros:
        try:
            results.append(await c)
        except Exception as e:
            results.append('%s(%s)' % (type(e).__name__, e))
    return results
async def ok(v):
    await Suspend()
    return v
print(run(gather(ok(1), failing('two'), ok(3))))
async def handler():
    try:
        await failing('in try')
    except ValueError:
        try:
            await failing('in except')
        except ValueError as e2:
            return 'context: ' + str(e2.__context__)
print(run(handler()))
async def eg():
    errors = []
    for m in ('a', 'b'):
        try:
            await failing(m)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup('several', errors)
try:
    run(eg())
except* ValueError as group:
    print('except* got', [str(e) for e in group.exceptions])
async def stop_iter():
    raise StopIteration
try:
    run(stop_iter())
except RuntimeError as e:
    print('RuntimeError:', e)
