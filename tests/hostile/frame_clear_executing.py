# Calls frame.clear() on executing, suspended and finished frames, and sets f_lineno outside a tracer.
import sys
LEAKED = []
def gen():
    yield sys._getframe()
    yield 2
g = gen()
fr = next(g)
for target in (fr, sys._getframe(), sys._getframe().f_back):
    if target is None: continue
    for op in (lambda: target.clear(), lambda: setattr(target, "f_lineno", 1), lambda: target.f_locals,
               lambda: setattr(target, "f_lineno", 10**9)):
        try: op()
        except Exception: pass
try: next(g); next(g)
except BaseException: pass
def f():
    fr = sys._getframe()
    try: fr.clear()
    except Exception: pass
    return 1
f()
try: g.gi_frame and g.gi_frame.clear()
except Exception: pass
print("done")
