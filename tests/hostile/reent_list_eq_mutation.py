# list.index/count/remove/__contains__/== with elements whose __eq__ deletes items from the list being scanned.
LEAKED = []
class E:
    def __eq__(self, o):
        del L[:]
        L.extend([E()] * 2)
        return False
L = [E() for _ in range(10)]
for op in (lambda: L.index(1), lambda: L.count(1), lambda: L.remove(1), lambda: 1 in L,
           lambda: L == [1] * len(L), lambda: L < [E()] * 3, lambda: [E(), E()] == L, lambda: L.index(1, 0, 10**9)):
    try: op()
    except Exception: pass
class E2:
    def __eq__(self, o):
        L2.clear(); return True
L2 = [E2() for _ in range(5)]
try: L2.remove(E2()); L2.remove(1)
except Exception: pass
print(len(L) >= 0)
