# Reference cycles are reclaimed by gc.collect(), which reports the number collected.
import gc
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
a, b = Node('a'), Node('b')
a.other, b.other = b, a
del a, b
found = gc.collect()
print('collected at least 2:', found >= 2)
print('second collect finds nothing new:', gc.collect())
l = []
l.append(l)
del l
print('self-referencing list collected:', gc.collect() >= 1)
d = {}
d['self'] = d
del d
print('self-referencing dict collected:', gc.collect() >= 1)
class WithDel:
    def __init__(self, name):
        self.name = name
        self.ref = self
    def __del__(self):
        print('__del__ of', self.name, 'during collection')
w = WithDel('cyclic')
del w
print('before collect')
n = gc.collect()
print('after collect', n >= 1)
print(gc.garbage)
gc.enable()
print(gc.isenabled())
print(type(gc.get_threshold()).__name__, len(gc.get_threshold()), gc.get_threshold()[0] > 0)
old = gc.get_threshold()
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old, gc.collect(0) >= 0, gc.collect(2) >= 0)
try:
    gc.collect(5)
except ValueError as e:
    print('ValueError:', e)
