# list.sort whose key/__lt__ mutates, clears, extends and re-sorts the list being sorted.
LEAKED = []
depth = [0]
calls = [0]
class X:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls[0] += 1
        if calls[0] < 2000 and depth[0] < 3:
            L.append(X(0)); L.clear(); L.extend(X(i) for i in range(3))
            depth[0] += 1
            try: L.sort()
            except Exception: pass
            finally: depth[0] -= 1
        return self.v < o.v
L = [X(i) for i in range(50)]
try: L.sort()
except Exception: pass
M = list(range(50))
def key(x):
    M.clear(); M.extend(range(100)); del M[::2]
    return -x
try: M.sort(key=key)
except Exception: pass
try: sorted(M, key=lambda x: M.sort())
except Exception: pass
print(len(L) >= 0, len(M) >= 0)
