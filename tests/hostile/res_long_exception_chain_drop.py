# Builds 10**5-long __context__/__cause__ exception chains and traceback chains, formats and drops them.
LEAKED = []
e = None
for i in range(10**5):
    n = ValueError(i); n.__context__ = e; e = n
c = None
for i in range(10**5):
    n = KeyError(i); n.__cause__ = c; c = n
for x in (e, c):
    try: str(x); repr(x)
    except Exception: pass
try:
    raise e
except ValueError as caught:
    pass
def deep(n):
    if n == 0: raise TypeError("bottom")
    return deep(n - 1)
try: deep(900)
except TypeError as t: tb = t.__traceback__
del e, c, n, tb
print("done")
