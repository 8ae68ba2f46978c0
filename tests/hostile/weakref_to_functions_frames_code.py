# Weakrefs to functions, code objects, frames, generators, modules and bound methods; drops referents and calls refs.
import weakref, sys, gc
LEAKED = []
def f(): return 1
def g(): yield sys._getframe()
refs = []
gen = g()
for o in (f, f.__code__, sys._getframe(), gen, next(gen), sys, gc, f.__call__, [].append, type(sys)("m"), iter([])):
    try: refs.append(weakref.ref(o, lambda r: LEAKED.append(0)))
    except TypeError: pass
del f, gen
gc.collect()
for r in refs:
    try: r()
    except Exception: pass
LEAKED = []
print("done")
