# Takes weak references (with callbacks) to singletons, small ints, strings and builtin types and fires them.
import weakref, gc
LEAKED = []
def cb(r):
    LEAKED.append(r)
    try: setattr(str, "pwned", 1)
    except Exception: pass
refs = []
for o in (None, True, 1, "", (), frozenset(), str, int, object, type, len, print, Ellipsis, gc, weakref.ref):
    for f in (lambda: weakref.ref(o), lambda: weakref.ref(o, cb), lambda: weakref.ref.__new__(weakref.ref, o, cb)):
        try: refs.append(f())
        except Exception: pass
for r in refs:
    try: r(); hash(r); r == r; repr(r)
    except Exception: pass
try: LEAKED.append(len(weakref.getweakrefs(str)))
except Exception: pass
del refs; gc.collect()
LEAKED = [x for x in LEAKED if isinstance(x, int)]
print(str.__name__)
