# Generators whose finally-blocks yield, raise, re-enter themselves or other generators during close()/collection.
import gc
LEAKED = []
def bad():
    try: yield 1
    finally:
        yield 2
def reraise():
    try: yield 1
    finally:
        try: next(others[0])
        except BaseException: pass
        raise KeyError
others = []
for i in range(20):
    g = bad(); next(g); others.append(g)
    h = reraise(); next(h); others.append(h)
for g in list(others):
    try: g.close()
    except BaseException: pass
def cyc():
    me = yield
    yield me
for i in range(20):
    c = cyc(); next(c); c.send(c)
del c, g, h
others.clear(); gc.collect()
print("done")
