# Set operations whose elements' __eq__/__hash__ mutate the sets involved (add, discard, &, |, issubset, symmetric_difference).
LEAKED = []
A, B = set(), set()
budget = [3000]
class K:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
    def __eq__(self, o):
        budget[0] -= 1
        if budget[0] > 0:
            A.clear(); B.clear(); A.update(range(10)); B.add(K(1))
        return False
A.update(K(i % 3) for i in range(10))
B.update(K(i % 3) for i in range(10))
for op in (lambda: A & B, lambda: A | B, lambda: A - B, lambda: A ^ B, lambda: A <= B, lambda: A.isdisjoint(B),
           lambda: A.discard(K(1)), lambda: A.symmetric_difference_update(B), lambda: A.intersection_update(B),
           lambda: K(1) in A, lambda: frozenset(A) == frozenset(B), lambda: A.remove(K(2))):
    try: op()
    except Exception: pass
print(len(A) >= 0)
