# Leaves finalizers, weakref callbacks, suspended generators and trace hooks for context teardown, each doing hostile things then.
import sys, gc, weakref, builtins
LEAKED = []
class Zombie:
    budget = [20]
    def __del__(self):
        self.budget[0] -= 1
        if self.budget[0] < 0: return
        try: builtins.zombie = self
        except BaseException: pass
        try: globals()["again"] = Zombie()
        except BaseException: pass
        try: print(len, sys.modules, gc.collect())
        except BaseException: pass
        try: type("Late", (int,), {})(1)
        except BaseException: pass
        raise SystemExit(3)
def gen():
    try: yield 1
    finally:
        try: Zombie(); yield 2
        except BaseException: pass
g = gen(); next(g)
z = Zombie(); z.cycle = z
keep = Zombie()
refs = [weakref.ref(keep, lambda r: sys.exit(4))]
def tracer(*a): return tracer
try: sys.settrace(tracer)
except Exception: pass
try: sys.settrace(None)
except Exception: pass
del z
print("done")
