# dict: insertion order, updates, deletion, views, and common methods.
d = {'b': 1, 'a': 2}
d['c'] = 3
d['b'] = 10
print(d, list(d), len(d))
del d['b']
d['b'] = 'readded'
print(d)
print(d.get('a'), d.get('zz'), d.get('zz', 'dflt'), d.setdefault('a', 99), d.setdefault('new', []), d)
print(d.pop('new'), d.pop('zz', 'missing'), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError:', e)
print(d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
d.update(a='updated')
print(d)
print(dict(a=1, b=2), dict([('k', 'v')]), dict({'m': 1}, n=2), dict(zip('ab', [1, 2])), dict())
print(dict.fromkeys('abc'), dict.fromkeys(['x', 'y'], 0), dict.fromkeys([]))
shared = dict.fromkeys('ab', [])
shared['a'].append(1)
print(shared)
c = d.copy()
c['x'] = 'changed'
print(d['x'], c['x'])
d.clear()
print(d, bool(d), bool(c))
print({1: 'a'} == {1: 'a'}, {1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, {1: 'a'} != {1: 'b'})
try:
    {} < {}
except TypeError as e:
    print('TypeError:', e)
try:
    dict([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print('ValueError:', e)
e = {}
e[1] = 'int'
e[1.0] = 'float overwrites value, key stays int'
e[True] = 'bool too'
print(e)
print({**{'a': 1}, 'a': 2}, {'a': 1, 'a': 2})
print(list(reversed({'x': 1, 'y': 2, 'z': 3})), list(reversed({'x': 1}.items())))
