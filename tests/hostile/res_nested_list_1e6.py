# Builds a list nested 10**6 deep, then repr/==/</str/copy-by-recursion on it, then drops it: RecursionError, no overflow.
import sys
LEAKED = []
x = []
for i in range(10**6):
    x = [x]
def deep_copy(o):
    return [deep_copy(i) for i in o]
for f in (repr, str, lambda a: a == [[[]]], lambda a: a == a[0], lambda a: a < [[[1]]], lambda a: a in [[[0]]],
          deep_copy, lambda a: format(a), lambda a: "%s" % (a,), lambda a: sorted([a, a[0]])):
    try: f(x)
    except RecursionError: pass
    except Exception: pass
del x
print("done")
