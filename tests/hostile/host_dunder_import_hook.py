# Replaces builtins.__import__ with a recording hook and calls __import__ with crafted globals/fromlist/levels.
import builtins, sys
LEAKED = []
orig = builtins.__import__
def spy(name, globals=None, locals=None, fromlist=(), level=0):
    LEAKED.append(globals)
    return orig(name, globals, locals, fromlist, level)
for op in (lambda: setattr(builtins, "__import__", spy), lambda: builtins.__dict__.__setitem__("__import__", spy)):
    try: op()
    except Exception: pass
for args in (("sys",), ("gc", {"__name__": "x", "__package__": "y"}, None, ("collect",), 0), ("os",),
             ("sys", None, None, None, 1), ("", {}, {}, (), 2), ("a" * 10**5,), (1,), ("sys", 1, 2, 3, 4),
             ("sys.x.y",), ("importlib",), ("posix", {"__builtins__": {}})):
    try: __import__(*args)
    except BaseException: pass
try: import gc as g2
except Exception: pass
LEAKED = [x for x in LEAKED if x is not globals() and isinstance(x, dict) and "victim_fn" in x]
print("done")
