# Creates and deletes subclasses while walking __subclasses__() and collects mid-walk (dangling subclass lists).
import gc
LEAKED = []
made = []
for i in range(200):
    made.append(type("T%d" % i, (int,), {}))
subs = int.__subclasses__()
del made[:]
gc.collect()
for s in subs:
    try:
        type("U", (s,), {})
        s(3) + 1
    except Exception:
        pass
del subs
gc.collect()
for s in int.__subclasses__():
    try: s.__subclasses__(); s.__mro__
    except Exception: pass
print(len(int.__subclasses__()) >= 1)
