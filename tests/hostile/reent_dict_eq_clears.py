# Dict keys whose __eq__ clears/rebuilds the dict during lookup, insert, delete, pop and `in`.
LEAKED = []
budget = [500]
class K:
    def __init__(self, d): self.d = d
    def __hash__(self): return 7
    def __eq__(self, other):
        budget[0] -= 1
        if budget[0] < 0: return False
        self.d.clear()
        for i in range(20): self.d[i * 8 + 7] = i
        return False
d = {}
for op in (lambda: d.__setitem__(7, 1), lambda: d.__setitem__(K(d), 1), lambda: d.__setitem__(K(d), 2),
           lambda: d[K(d)], lambda: K(d) in d, lambda: d.pop(K(d), None), lambda: d.__delitem__(K(d)),
           lambda: d.setdefault(K(d), 3), lambda: d.get(K(d)), lambda: d.update({K(d): 4})):
    try: op()
    except Exception: pass
print(len(d) >= 0)
