# Registers sys.addaudithook hooks that record every event (to spy on other contexts) and one that raises on everything.
import sys
LEAKED = []
def spy(event, args):
    try:
        for a in args:
            if isinstance(a, dict) and "victim_fn" in a: LEAKED.append(a)
    except Exception: pass
def blocker(event, args):
    if event != "sys.addaudithook": raise RuntimeError("blocked " + event)
for h in (spy, blocker, 1, None):
    try: sys.addaudithook(h)
    except BaseException: pass
for a in (("x",), ("exec", 1, 2), ("y", *range(100))):
    try: sys.audit(*a)
    except BaseException: pass
try: exec("1")
except BaseException: pass
print("done")
