# Distinguishing kinds of functions via code flags and types.
def plain(): pass
def gen(): yield
async def coro(): pass
async def agen(): yield
def varargs(*a): pass
def varkw(**k): pass
lam = lambda: 0
for fn in (plain, gen, coro, agen, varargs, varkw, lam):
    flags = fn.__code__.co_flags
    kinds = []
    if flags & 0x04: kinds.append('VARARGS')
    if flags & 0x08: kinds.append('VARKEYWORDS')
    if flags & 0x20: kinds.append('GENERATOR')
    if flags & 0x80: kinds.append('COROUTINE')
    if flags & 0x200: kinds.append('ASYNC_GENERATOR')
    print(fn.__name__, kinds)
c = coro()
print(type(c).__name__)
c.close()
a = agen()
print(type(a).__name__)
g = gen()
print(type(g).__name__)
print(type(plain).__name__, type(lam).__name__, type(print).__name__, type([].append).__name__)
print(type(len).__name__, type(str.upper).__name__, type(str.__dict__['upper']).__name__)
print(type(object.__init__).__name__, type(object().__str__).__name__)
