# Star unpacking in assignment targets, calls and literals.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = 'xyz'
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
[a, *b] = (9,)
print(a, b)
(a, (b, *c), *d) = (1, (2, 3, 4), 5, 6)
print(a, b, c, d)
for first, *rest in [(1, 2, 3), (4,), 'ab']:
    print(first, rest)
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print('ValueError:', e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print('ValueError:', e)
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), 4, *'ab'))
print(f(**{'x': 1}, y=2, **{'z': 3}))
print(f(*range(3), **dict(a=1), b=2))
try:
    f(**{'x': 1}, **{'x': 2})
except TypeError as e:
    print('TypeError:', e)
print([*range(3), *'ab', 5], (*[1, 2],), {*[1, 1, 2], 3})
print({**{'a': 1, 'b': 2}, 'b': 3, **{'c': 4}})
print([*[], *()], {**{}})
x, y = y, x = 1, 2
print(x, y)
p = q = [0]
p += [1]
print(q)
(*s,) = {3: 'x'}
print(s)
head, *tail = iter([10, 20, 30])
print(head, tail)
a, b = b, a = 'ba'
print(a, b)
