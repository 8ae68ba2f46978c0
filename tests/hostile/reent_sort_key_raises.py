# sorted/min/max/list.sort with keys that raise midway after mutating the list, and __lt__ returning non-bools.
LEAKED = []
L = list(range(100))
n = [0]
def key(x):
    n[0] += 1
    if n[0] == 30:
        L.append(1); raise ValueError
    return x
try: L.sort(key=key)
except ValueError: pass
class Weird:
    def __lt__(self, o):
        class B:
            def __bool__(s): raise KeyError
        return B()
for f in (sorted, min, max, lambda x: list(x).sort(), lambda x: sorted(x, reverse=True)):
    try: f([Weird() for _ in range(5)])
    except Exception: pass
try: L.sort(key=lambda x: L.__init__([1]))
except Exception: pass
print(len(L) >= 0)
