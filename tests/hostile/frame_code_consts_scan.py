# Scans co_consts/co_names of every function and code object gc can see, recursing into nested code objects.
import gc
N = "victim-" + "secret"
LEAKED = []
CT = type((lambda: 0).__code__)
def scan(code, depth=0):
    if depth > 20: return
    for c in code.co_consts:
        if isinstance(c, str) and N in c:
            LEAKED.append(c)
        elif isinstance(c, CT):
            scan(c, depth + 1)
for o in gc.get_objects():
    try:
        code = o if isinstance(o, CT) else getattr(o, "__code__", None)
        if isinstance(code, CT): scan(code)
    except Exception:
        pass
print("done")
