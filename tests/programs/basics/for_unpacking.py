# Target unpacking in for loops and comprehensions.
pairs = [(1, 'a'), (2, 'b'), (3, 'c')]
for n, ch in pairs:
    print(n, ch)
for i, (n, ch) in enumerate(pairs, start=10):
    print(i, n, ch)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
d = {'x': 1, 'y': 2}
for k, v in d.items():
    print(k, v)
for [a, *rest] in ['abc', 'de']:
    print(a, rest)
obj = type('O', (), {})()
for obj.attr in range(3):
    pass
print(obj.attr)
lst = [0, 0, 0]
for i, lst[i] in enumerate('xyz'):
    pass
print(lst)
dd = {}
for dd['k'] in 'pq':
    print(dict(dd))
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print('ValueError:', e)
try:
    for a, b in [1]:
        pass
except TypeError as e:
    print('TypeError:', e)
print([x * y for x, y in zip([1, 2], [3, 4])])
print({k: v for v, k in enumerate('ab')})
for _ in range(2):
    print('underscore loop')
