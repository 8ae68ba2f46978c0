# Builds long chains through closures, default args, generator frames, bound methods, cells and dict values, then drops them.
import gc
LEAKED = []
f = None
for i in range(10**5):
    f = (lambda g: (lambda: g))(f)
h = None
for i in range(10**5):
    def h(prev=h): return prev
class C:
    def m(self): pass
b = None
for i in range(10**5):
    o = C(); o.prev = b; b = o.m
g = None
for i in range(2 * 10**4):
    def gen(prev): yield prev
    g = gen(g)
d = None
for i in range(10**5):
    d = {"v": [d]}
del f, h, b, o, g, d
gc.collect()
print("done")
