# Container operations that call __eq__: index, count, remove, in, dict lookup.
class Loud:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('  eq', self.v, getattr(o, 'v', o))
        return getattr(o, 'v', o) == self.v
    def __hash__(self): return hash(self.v) % 2
    def __repr__(self): return 'L%d' % self.v
items = [Loud(1), Loud(2), Loud(3)]
print('index:'); print(items.index(Loud(2)))
print('count:'); print(items.count(Loud(3)))
print('in:'); print(Loud(9) in items)
print('remove:'); items.remove(Loud(2)); print(items)
print('tuple in:'); print(3 in (Loud(3),))
x = Loud(5)
print('identity shortcut:'); print(x in [x], [x].count(x), [x].index(x))
print('dict:')
d = {Loud(1): 'one', Loud(3): 'three'}
print(d[Loud(3)])
print('set:')
s = {Loud(2), Loud(4)}
print(Loud(4) in s)
nan = float('nan')
print([nan].count(nan), [nan].index(nan), nan in {nan}, [float('nan')].count(nan))
class NeverEq:
    def __eq__(self, o): return False
    __hash__ = object.__hash__
ne = NeverEq()
print(ne in [ne], {ne: 1}[ne], [ne] == [ne], (ne,) == (ne,))
try:
    [1, 2].index(5)
except ValueError as e:
    print('ValueError:', e)
try:
    [1, 2].remove(5)
except ValueError as e:
    print('ValueError:', e)
try:
    (1, 2).index(5)
except ValueError as e:
    print('ValueError:', e)
