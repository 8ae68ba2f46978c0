# Re-enters a running generator (next from inside itself), closes it from inside, and reads gi_frame.f_back.
import sys
LEAKED = []
def g():
    try: next(me)
    except ValueError: pass
    try: me.close()
    except BaseException: pass
    try: LEAKED.append(me.gi_frame.f_back is not None)
    except Exception: pass
    yield 1
    try: me.throw(KeyError)
    except BaseException: pass
    yield 2
me = g()
for _ in range(4):
    try: next(me)
    except BaseException: pass
def h():
    x = yield
    while True:
        x = yield x
gen = h(); next(gen)
try: gen.send(gen); gen.throw(StopIteration); gen.send(1)
except BaseException: pass
LEAKED = []
print("done")
