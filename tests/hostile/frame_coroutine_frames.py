# Drives coroutines and async generators by hand (send/throw/close, cr_await, ag_frame) including reentrant sends.
LEAKED = []
class Aw:
    def __await__(self):
        yield self
async def co():
    await Aw(); await Aw()
async def agen():
    yield 1
    await Aw()
    yield 2
c = co()
for op in (lambda: c.send(None), lambda: c.cr_frame.f_locals, lambda: c.cr_await, lambda: c.send(None),
           lambda: c.throw(ValueError), lambda: c.send(None), lambda: c.close()):
    try: op()
    except BaseException: pass
a = agen()
for op in (lambda: a.asend(None).send(None), lambda: a.athrow(ValueError).send(None), lambda: a.ag_frame,
           lambda: a.aclose().send(None), lambda: a.asend(None).throw(KeyError)):
    try: op()
    except BaseException: pass
async def reent():
    return reent_c.send(None)
reent_c = reent()
try: reent_c.send(None)
except BaseException: pass
print("done")
