# Builds cyclic __context__/__cause__ chains, raises them, re-raises inside handlers and formats them.
LEAKED = []
a, b, c = ValueError("a"), KeyError("b"), TypeError("c")
a.__context__ = b; b.__context__ = c; c.__context__ = a
a.__cause__ = c; c.__cause__ = b; b.__cause__ = a
for e in (a, b, c):
    try:
        try: raise e
        except BaseException:
            raise b from c
    except BaseException as x:
        try: str(x); repr(x); x.with_traceback(None); x.__suppress_context__ = True
        except Exception: pass
try:
    raise a
except ValueError as x:
    try:
        x.__context__ = x; x.__cause__ = x
        raise x from x
    except BaseException: pass
for bad in (1, "x", object(), ValueError):
    try: a.__context__ = bad
    except Exception: pass
    try: a.__cause__ = bad
    except Exception: pass
print("done")
