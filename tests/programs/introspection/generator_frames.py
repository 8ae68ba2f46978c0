# Frames of generators and coroutines: f_lineno while suspended, f_locals, gi_frame after finish.
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = counter(3)
print(g.gi_frame.f_lineno, g.gi_frame.f_code.co_name)
next(g)
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
next(g)
print(g.gi_frame.f_locals['i'])
list(g)
print(g.gi_frame)
def delegating():
    yield from counter(2)
d = delegating()
next(d)
print(d.gi_frame.f_lineno, d.gi_yieldfrom.gi_frame.f_lineno, d.gi_yieldfrom.gi_frame.f_locals)
class Awaitable:
    def __await__(self):
        yield 'x'
async def coro():
    local = 'coroutine local'
    await Awaitable()
c = coro()
print(c.cr_frame.f_lineno)
c.send(None)
print(c.cr_frame.f_lineno, c.cr_frame.f_locals['local'])
c.close()
print(c.cr_frame)
async def agen():
    v = 5
    yield v
a = agen()
print(a.ag_frame.f_code.co_name, a.ag_frame.f_lineno)
