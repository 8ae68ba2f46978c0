# Scoping of set/dict comprehensions and generator expressions matches list comprehensions.
x = 'outer'
s = {x for x in range(3)}
d = {x: x for x in 'ab'}
g = list(x for x in (1, 2))
print(sorted(s), d, g, x)
def f():
    y = 10
    return {y + i for i in range(2)}, {i: y for i in range(2)}
print(f())
class K:
    base = 100
    try:
        comp = {i: base for i in range(2)}
    except NameError as e:
        comp = 'NameError: ' + str(e)
    first = {i: i for i in [base]}
print(K.comp, K.first)
def walrus_dict():
    {(last := k): v for k, v in [(1, 2), (3, 4)]}
    return last
print(walrus_dict())
def nested_scopes():
    outer = [1, 2]
    return {a: {b: a * b for b in outer} for a in outer}
print(nested_scopes())
print({i: j for i, j in enumerate('xyz') if i != 1}, {c for c in 'hello' if c != 'l'} == {'h', 'e', 'o'})
print({(i, j) for i in range(2) for j in range(i, 2)} == {(0, 0), (0, 1), (1, 1)})
