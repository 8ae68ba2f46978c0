# Raises the recursion limit to 10**6 and recurses in pure Python: must end in RecursionError, not a stack overflow.
import sys
LEAKED = []
try: sys.setrecursionlimit(10**6)
except Exception: pass
def f(n): return f(n + 1) + 1
try: f(0)
except RecursionError: LEAKED.append(1)
try: sys.setrecursionlimit(1000)
except Exception: pass
LEAKED = []
print("done")
