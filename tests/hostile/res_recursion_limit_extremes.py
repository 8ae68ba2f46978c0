# Sets extreme recursion limits (2**31-1, 0, -1, 2**62, huge) and recurses through native code under them.
import sys
LEAKED = []
for n in (2**31 - 1, 0, -1, 2**62, 2**100, 1, 10, 1.5, "x"):
    try: sys.setrecursionlimit(n)
    except (ValueError, TypeError, OverflowError, RecursionError): pass
    try:
        x = []
        for i in range(10**5): x = [x]
        repr(x)
    except (RecursionError, MemoryError): pass
    del x
try: sys.setrecursionlimit(1000)
except Exception: pass
LEAKED = []
print(sys.getrecursionlimit())
