# Property getters and bound methods called from loops, including getters
# that raise, recurse, or are replaced while the loop runs.


class Temp:
    def __init__(self, c):
        self.c = c

    @property
    def f(self):
        return self.c * 9 / 5 + 32

    @property
    def bad(self):
        return self.missing

    @property
    def chain(self):
        return self.f + 1

    def scale(self, k):
        return self.c * k


ts = [Temp(c) for c in range(5)]
print([t.f for t in ts])
print([t.chain for t in ts])
try:
    ts[0].bad
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(ts[1], "bad", "default"), hasattr(ts[1], "bad"))

bound = ts[3].scale
print([bound(k) for k in range(4)])
methods = [t.scale for t in ts]
print([m(2) for m in methods])

# A getter replaced between uses of the same attribute load.
def read_all(objs):
    return [o.f for o in objs]

print(read_all(ts[:2]))
Temp.f = property(lambda self: "lambda getter")
print(read_all(ts[:2]))
Temp.f = property(len)
try:
    read_all(ts[:1])
except TypeError as e:
    print("TypeError:", e)


class Node:
    def __init__(self, parent):
        self.parent = parent

    @property
    def depth(self):
        return 0 if self.parent is None else self.parent.depth + 1


n = None
for _ in range(50):
    n = Node(n)
print(n.depth)


def deep_getter():
    node = None
    for _ in range(5000):
        node = Node(node)
    return node.depth


try:
    print(deep_getter())
except RecursionError as e:
    print("RecursionError:", e)

ts[2].bad
