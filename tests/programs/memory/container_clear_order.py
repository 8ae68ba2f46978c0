# Clearing and replacing containers releases elements in a deterministic order.
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('  freed', self.name)
print('list.clear')
l = [Item('a'), Item('b'), Item('c')]
l.clear()
print('list slice assignment')
l = [Item('x'), Item('y'), Item('z')]
l[0:2] = [Item('new')]
print('remaining', [i.name for i in l])
del l
print('dict.clear')
d = {'k1': Item('v1'), 'k2': Item('v2')}
d.clear()
print('dict.pop and popitem')
d = {'p': Item('popped'), 'q': Item('popitem')}
d.pop('p')
d.popitem()
print('set.discard')
s = {1}
holder = {'obj': Item('in holder')}
holder['obj'] = Item('replacement')
print('after replacement')
del holder
print('list rebinding to empty')
lst = [Item('r1'), Item('r2')]
lst = []
print('nested list')
nested = [[Item('inner1')], [Item('inner2')]]
nested.pop(0)
nested = None
print('tuple unpack temporaries')
a, b = Item('t1'), Item('t2')
a, b = b, a
del a
print('a deleted, b still holds t1:', b.name)
del b
print('end')
