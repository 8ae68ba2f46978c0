# throw() and close() on coroutines suspended inside awaits.
class Suspend:
    def __await__(self):
        yield 'suspended'
async def task():
    try:
        await Suspend()
        print('resumed normally')
        await Suspend()
    except ValueError as e:
        print('task caught', e)
        return 'handled'
    finally:
        print('task finally')
c = task()
print(c.send(None))
print(c.send(None))
try:
    c.throw(ValueError('injected'))
except StopIteration as e:
    print('returned', e.value)
c2 = task()
c2.send(None)
c2.close()
print('c2 closed', c2.cr_frame)
c3 = task()
c3.send(None)
try:
    c3.throw(KeyError('unhandled'))
except KeyError as e:
    print('KeyError propagated', e)
async def resists():
    try:
        await Suspend()
    except GeneratorExit:
        await Suspend()
r = resists()
r.send(None)
try:
    r.close()
except RuntimeError as e:
    print('RuntimeError:', e)
async def nested():
    try:
        await task()
    except ZeroDivisionError:
        print('nested caught ZeroDivisionError')
        return 'nested handled'
n = nested()
n.send(None)
try:
    n.throw(ZeroDivisionError)
except StopIteration as e:
    print(e.value)
print(type(Suspend().__await__()).__name__)
