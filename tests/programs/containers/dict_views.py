# dict views: keys/values/items are live, support set operations, and reversed().
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d['d'] = 4
print(list(k), list(v), list(i), len(k), 'd' in k, 4 in v, ('d', 4) in i, ('d', 5) in i)
print(k & {'a', 'z'}, k | {'z'} == {'a', 'b', 'c', 'd', 'z'}, sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(sorted(i & {('a', 1), ('b', 9)}), k == {'a', 'b', 'c', 'd'}, k <= {'a', 'b', 'c', 'd', 'e'}, k.isdisjoint({'x'}))
print(v == v, list(reversed(k)), list(reversed(v)), list(reversed(i)))
try:
    v & {1}
except TypeError as e:
    print('TypeError:', e)
try:
    hash(k)
except TypeError as e:
    print('TypeError:', e)
try:
    for key in d:
        d[key + key] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
print(d)
d2 = {'x': 1}
it = iter(d2)
d2['x'] = 2
print(next(it), d2)
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(k.mapping if hasattr(k, 'mapping') else None)
print({}.keys() == set(), list({}.items()), dict(i) == d)
x = {'k': [1]}
for key, val in x.items():
    val.append(2)
print(x)
print(sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(max(d, key=d.get), min(d.values()), sum(d.values()))
