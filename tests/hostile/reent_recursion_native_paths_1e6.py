# Raises the recursion limit to 10**6 and recurses through native paths (__getattr__, __repr__, __eq__, __hash__, type call).
import sys
LEAKED = []
try: sys.setrecursionlimit(10**6)
except Exception: pass
class R:
    def __getattr__(self, name): return getattr(self, name)
    def __repr__(self): return repr(self)
    def __eq__(self, o): return self == o
    def __hash__(self): return hash(self)
    def __init__(self, d=0):
        if d < 10**7: R(d + 1)
for f in (lambda: R.__new__(R).x, lambda: repr(R.__new__(R)), lambda: R.__new__(R) == 1,
          lambda: hash(R.__new__(R)), lambda: R()):
    try: f()
    except RecursionError: pass
try: sys.setrecursionlimit(1000)
except Exception: pass
print("done")
