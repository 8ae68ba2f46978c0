# Generators as __iter__ methods and as methods with state on self.
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
    def breadth_first(self):
        queue = [self]
        while queue:
            node = queue.pop(0)
            yield node.value
            queue.extend(node.children)
t = Tree(1, [Tree(2, [Tree(4), Tree(5)]), Tree(3, [Tree(6, [Tree(7)])])])
print(list(t))
print(list(t.depth_first()))
print(list(t.breadth_first()))
print(sum(t), max(t), 7 in t, 8 in t)
class Paginator:
    def __init__(self, items, size):
        self.items = items
        self.size = size
        self.pages_served = 0
    def pages(self):
        for i in range(0, len(self.items), self.size):
            self.pages_served += 1
            yield self.items[i:i + self.size]
p = Paginator(list(range(11)), 4)
for page in p.pages():
    print(page, p.pages_served)
class Reader:
    def __init__(self, text):
        self.text = text
    def words(self):
        for line in self.text.splitlines():
            for w in line.split():
                yield w.strip('.,').lower()
r = Reader('The quick brown fox.\nThe lazy dog, the end.')
counts = {}
for w in r.words():
    counts[w] = counts.get(w, 0) + 1
print(counts)
