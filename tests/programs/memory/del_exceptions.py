# Exceptions raised in __del__ are reported but do not propagate; resurrection.
import sys
class Quiet:
    def __del__(self):
        print('Quiet.__del__ runs')
class Loud:
    def __del__(self):
        print('Loud.__del__ about to raise')
        raise ValueError('ignored in __del__')
q = Quiet()
del q
l = Loud()
del l
print('program continues after __del__ exception')
saved = []
class Phoenix:
    count = 0
    def __del__(self):
        Phoenix.count += 1
        print('Phoenix.__del__ call', Phoenix.count)
        if Phoenix.count == 1:
            saved.append(self)
p = Phoenix()
del p
print('resurrected:', len(saved))
saved.clear()
print('after second drop, del calls:', Phoenix.count)
class Chained:
    def __init__(self, name, nxt=None):
        self.name, self.nxt = name, nxt
    def __del__(self):
        print('del', self.name, 'next is', self.nxt.name if self.nxt else None)
c = Chained('head', Chained('tail'))
del c
def in_function():
    obj = Quiet()
    raise KeyError('while obj alive')
try:
    in_function()
except KeyError as e:
    print('caught', e)
print('end')
