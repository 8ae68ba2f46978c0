# Coroutine object attributes and states (cr_frame, cr_await, cr_code, cr_running).
class Suspend:
    def __await__(self):
        yield 'tick'
async def inner():
    await Suspend()
    return 'inner done'
async def outer():
    r = await inner()
    return r
c = outer()
print(c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_code.co_name)
c.send(None)
print(type(c.cr_await).__name__, c.cr_await.cr_code.co_name if hasattr(c.cr_await, 'cr_code') else '')
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
print(c.cr_frame, c.cr_await)
async def named():
    pass
n = named()
print(n.__name__, n.__qualname__, repr(n.cr_origin))
n.__name__ = 'changed'
print(n.__name__)
n.close()
class K:
    async def method(self):
        return self.__class__.__name__
m = K().method()
print(m.__qualname__)
try:
    m.send(None)
except StopIteration as e:
    print(e.value)
async def looks_at_itself():
    return 'ran'
co = looks_at_itself()
print(co.cr_code.co_flags & 0x80 != 0)
try:
    co.send('not None')
except TypeError as e:
    print('TypeError:', e)
co.close()
async def agen():
    yield 1
a = agen()
print(a.ag_running, a.ag_frame is not None, a.ag_code.co_name, a.ag_await)
