# Unpacking arbitrary iterables into containers and targets.
a, b, c = 'xyz'
print(a, b, c)
a, b = {'k1': 1, 'k2': 2}
print(a, b)
(a, b), c = {1: 2}.items().__iter__().__next__(), range(1)
print(a, b, c)
first, *middle, last = range(10)
print(first, middle, last)
*init, tail = 'a'
print(init, tail)
print([*'ab', *{'c': 1}, *range(2), *(x for x in 'de')])
print((*[1], *[2]), {*'aab', *[1]} == {'a', 'b', 1}, {**dict(a=1), **{'b': 2}})
def gen():
    yield 1
    yield 2
x, y = gen()
print(x, y)
try:
    x, y = gen(), 1, 2
except ValueError as e:
    print('ValueError:', e)
try:
    a, b = 1
except TypeError as e:
    print('TypeError:', e)
try:
    (a, b), c = [1, 2]
except TypeError as e:
    print('TypeError:', e)
try:
    *a, b, c = [1]
except ValueError as e:
    print('ValueError:', e)
[a, [b, [c]]] = 1, (2, 'c')
print(a, b, c)
for a, *b in ['abc', [1]]:
    print(a, b)
class Three:
    def __iter__(self):
        return iter((1, 2, 3))
p, q, r = Three()
print(p, q, r, [*Three()], max(*Three()))
print(*[1, 2], sep='-')
print(*'abc', *range(3))
