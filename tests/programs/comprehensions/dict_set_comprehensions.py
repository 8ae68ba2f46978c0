# Dict and set comprehensions: key collisions, ordering, filtering, inversion.
print({x: x * x for x in range(5)})
print({k: v for k, v in [('a', 1), ('b', 2), ('a', 3)]})
d = {'one': 1, 'two': 2, 'three': 3}
print({v: k for k, v in d.items()})
print({k: v for k, v in d.items() if v > 1})
print({k.upper(): [c for c in k] for k in ['ab', 'c']})
print(sorted({c for c in 'mississippi'}), {x % 3 for x in range(10)})
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print({n: ('even' if n % 2 == 0 else 'odd') for n in range(4)})
print({i: {j: i * j for j in range(3)} for i in range(2)})
print(len({i % 7 for i in range(100)}), {frozenset({1}) for _ in range(3)})
order = []
def key(k):
    order.append('k%d' % k)
    return k
def val(v):
    order.append('v%d' % v)
    return v
print({key(i): val(i) for i in range(2)}, order)
print({1: 'a', 1.0: 'b', True: 'c'}, {x for x in [1, 1.0, True]})
try:
    {[x]: x for x in range(2)}
except TypeError as e:
    print('TypeError:', e)
try:
    {[x] for x in range(2)}
except TypeError as e:
    print('TypeError:', e)
words = 'the quick brown fox jumps over the lazy dog'.split()
print({w: len(w) for w in words})
print({len(w) for w in words})
print({w[0]: w for w in words})
