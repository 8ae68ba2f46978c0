# Walks the object graph breadth-first from builtins, sys and object with gc.get_referents(), looking for the secret.
import gc, sys, builtins
N = "victim-" + "secret"
LEAKED = []
seen = {id(LEAKED), id(globals())}
queue = [builtins, sys, object, type, sys.modules, gc.get_objects]
i = 0
while i < len(queue) and i < 20000:
    o = queue[i]; i += 1
    try:
        if isinstance(o, str) and N in o:
            LEAKED.append(o)
        for r in gc.get_referents(o):
            if id(r) not in seen:
                seen.add(id(r)); queue.append(r)
    except Exception:
        pass
print(i > 0)
