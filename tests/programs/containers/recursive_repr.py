# Self-referencing containers: repr uses ... and equality recursion behaviour.
l = [1, 2]
l.append(l)
print(l, repr(l), str(l), len(l), l[2] is l)
d = {'k': 1}
d['self'] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
a = [1]
b = [a]
a.append(b)
print(a, b)
nested = {'list': [0]}
nested['list'].append(nested)
print(nested)
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return 'Node(%s, %r)' % (self.name, self.children)
root = Node('root')
root.children.append(root)
print(repr(root), '(the list guard stops the recursion)')
s = set()
fs = frozenset([1])
s.add(fs)
print(s)
m = [1]
m.append([m, {'x': m}])
print(m)
print(l == l, d == d)
l2 = [1, 2]
l2.append(l2)
try:
    print(l == l2)
except RecursionError as e:
    print('RecursionError:', e)
dd = {}
dd[1] = dd.values()
print(repr(dd)[:40])
