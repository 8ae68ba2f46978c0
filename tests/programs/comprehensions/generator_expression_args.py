# Generator expressions as sole arguments, with builtins that consume them partially.
print(sum(x for x in range(10)), max(x % 7 for x in range(20)), min((x for x in 'hello'), key=ord))
print(sorted((x for x in [3, 1, 2]), reverse=True), tuple(x * 2 for x in (1, 2)), ''.join(c for c in 'abc'))
print(dict((i, i * i) for i in range(3)), set(i % 2 for i in range(4)) == {0, 1}, list(reversed([x for x in 'ab'])))
g = (x for x in range(10))
print(any(x > 3 for x in g), next(g), list(g))
g2 = (x * x for x in range(5))
print(5 in g2 if False else 4 in g2, list(g2))
print(all(c.isdigit() for c in '123'), all(c.isdigit() for c in '12a'))
def first(it):
    for x in it:
        return x
print(first(x for x in range(100) if x > 42))
print(list(zip((x for x in 'ab'), (y for y in range(5)))))
print(list(enumerate(c.upper() for c in 'xy')))
total = 0
for chunk in (range(i) for i in range(4)):
    total += len(chunk)
print(total)
nested = (((i, j) for j in range(2)) for i in range(2))
print([list(inner) for inner in nested])
print(max((len(w), w) for w in 'the quick brown fox'.split()))
