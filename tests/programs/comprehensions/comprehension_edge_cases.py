# Comprehension edge cases: tuple targets, star targets, side effects, huge ranges lazily.
print([(a, b) for a, b in [(1, 2), (3, 4)]])
print([first for first, *rest in ['abc', 'de']], [rest for first, *rest in ['abc', 'de']])
print([x for [x] in [[1], [2]]], [a for (a, (b, c)) in [(1, (2, 3))]])
d = {}
print([d.setdefault(k, len(d)) for k in 'abcab'], d)
it = iter(range(10))
print([x for x in it if x % 2], list(it))
print([i for i in range(10 ** 12, 10 ** 12 + 3)])
print([x for x in (1, 2, 3) if x != 2 for _ in range(x)])
print([(x, y) for x in range(3) if x for y in range(x) if y])
print([c for c in 'abc' for c in c * 2])
class Obj:
    def __init__(self): self.vals = []
o = Obj()
[o.vals.append(i) for i in range(3)]
print(o.vals)
print([i for i in range(5)][::-1], [i for i in range(5)][1:3])
print(sorted([x for x in {3, 1, 2}]), [k for k in {'b': 1, 'a': 2}])
print([type(x).__name__ for x in (1, 'a', None, 2.0, [], {})])
t = tuple(x for x in range(3))
print(t, type(t).__name__)
print([[None] * 2 for _ in range(2)], [[None] * 2] * 2)
m = [[0] * 2 for _ in range(2)]
m[0][0] = 1
shared = [[0] * 2] * 2
shared[0][0] = 1
print(m, shared)
print([x for x in 'abc' if x == 'b' or x == 'c' and True], [len(x) for x in ['', 'a', 'ab']])
