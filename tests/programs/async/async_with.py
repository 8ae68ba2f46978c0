# async with: __aenter__/__aexit__ ordering, suppression, and exceptions.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Suspend:
    def __await__(self):
        yield
class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print('aenter', self.name)
        await Suspend()
        return self.name + '-resource'
    async def __aexit__(self, et, ev, tb):
        print('aexit', self.name, et.__name__ if et else None)
        await Suspend()
        return self.suppress
async def main():
    async with ACM('a') as r:
        print('using', r)
    async with ACM('b') as rb, ACM('c') as rc:
        print('using', rb, rc)
    async with ACM('s', suppress=True):
        raise ValueError('suppressed')
    try:
        async with ACM('p'):
            raise KeyError('propagates')
    except KeyError as e:
        print('caught', e)
    return 'main done'
print(run(main()))
class SyncOnly:
    def __enter__(self): return self
    def __exit__(self, *a): pass
async def wrong():
    async with SyncOnly():
        pass
try:
    run(wrong())
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ':', e)
class BadAenter:
    def __aenter__(self):
        return 'not awaitable'
    async def __aexit__(self, *a):
        pass
async def bad():
    async with BadAenter():
        pass
try:
    run(bad())
except TypeError as e:
    print('TypeError:', e)
async def ret_inside():
    async with ACM('r'):
        return 'returned from inside'
print(run(ret_inside()))
