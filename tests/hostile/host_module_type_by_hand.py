# Creates module objects by hand (type(sys)('x')), re-runs module.__init__ on sys/builtins, swaps module dicts and classes.
import sys, builtins, gc
LEAKED = []
M = type(sys)
for a in (("x",), (1,), ("x", "doc", 3), (), ("sys",)):
    try: m = M(*a); repr(m); m.__dict__; dir(m)
    except Exception: pass
for target in (sys, builtins, gc):
    for op in (lambda: M.__init__(target, "hacked"), lambda: M.__init__(target, "hacked", "doc"),
               lambda: setattr(target, "__name__", "hacked"), lambda: setattr(target, "__dict__", {}),
               lambda: object.__setattr__(target, "__class__", type("Sub", (M,), {})), lambda: delattr(target, "__name__"),
               lambda: M.__new__(M).__init__("x"), lambda: setattr(target, "__getattr__", lambda n: "pwned")):
        try: op()
        except Exception: pass
class Sub(M):
    def __getattr__(self, n): return "pwned"
try: s = Sub("s"); s.anything; sys.modules["evilmod"] = s
except Exception: pass
print(sys.__name__, builtins.__name__)
