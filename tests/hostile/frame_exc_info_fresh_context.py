# Reads sys.exc_info()/sys.exception()/__context__ in a fresh context hoping for a foreign exception or traceback.
import sys
LEAKED = []
for f in (sys.exc_info, getattr(sys, "exception", None)):
    try:
        r = f()
        if r not in (None, (None, None, None)):
            LEAKED.append(r)
    except Exception:
        pass
try:
    raise KeyError("x")
except KeyError as e:
    c = e.__context__
    if c is not None:
        LEAKED.append(c); LEAKED.append(c.__traceback__)
for attr in ("last_type", "last_value", "last_traceback", "exc_value"):
    if hasattr(sys, attr):
        LEAKED.append(getattr(sys, attr))
print("done")
