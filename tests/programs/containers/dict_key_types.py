# Which objects can be dict keys; equal keys collapse; NaN keys.
d = {}
keys = [1, 1.0, True, 'a', b'a', (1, 2), frozenset({1}), None, 2 ** 100, -1, 0.5, 1 + 0j, (), '', range(3)]
for k in keys:
    d[k] = type(k).__name__
print(len(d))
for k, v in d.items():
    print(repr(k), v)
for bad in [[1], {1: 2}, {1}, bytearray(b'x'), ([1],), slice(1)]:
    try:
        d[bad] = 1
    except TypeError as e:
        print('TypeError:', e)
nan = float('nan')
nd = {nan: 'first'}
nd[nan] = 'same object replaces'
nd[float('nan')] = 'different nan object is a new key'
print(len(nd), list(nd.values()))
print(nan in nd, float('nan') in nd)
print({0: 'a', 0.0: 'b', -0.0: 'c', False: 'd'}, {1: 'x', 1.0: 'y'} == {1: 'y'})
class Key:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, Key) and o.v == self.v
    def __repr__(self): return 'Key(%r)' % self.v
kd = {Key(1): 'one', Key(2): 'two'}
print(kd[Key(1)], Key(3) in kd, kd)
class Mutable:
    def __init__(self): self.h = 1
    def __hash__(self): return self.h
m = Mutable()
md = {m: 'found'}
m.h = 2
print(m in md, md.get(m), len(md))
m.h = 1
print(m in md)
print({(1, (2, 3)): 'nested tuple'}[(1, (2, 3))], {frozenset('ab'): 1}[frozenset('ba')])
print({1: 1}.get([1]) if False else 'get with unhashable raises:', end=' ')
try:
    {}.get([1])
except TypeError as e:
    print(e)
