# List comprehensions: filters, nesting, conditional expressions, multiple for clauses.
print([x for x in range(10)])
print([x * x for x in range(10) if x % 2])
print([x if x % 2 else -x for x in range(6)])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([c.upper() for c in 'hello' if c not in 'l'])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
print([x for x in range(30) if x % 2 if x % 3 if x % 5])
words = ['apple', 'Banana', 'cherry', 'date']
print([w[0] + str(len(w)) for w in words], [w for w in words if w.islower()])
print([i for i in []], [[]for _ in range(2)], [_ for _ in 'ab'])
print([(i, c) for i, c in enumerate('abc')], [a + b for a, b in zip('xyz', 'XYZ')])
print([f(3) for f in [lambda v: v + 1, lambda v: v * 2]])
print([y for x in [[1, [2, 3]], [4, [5]]] for y in x[1]])
print([n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))])
print(len([0 for _ in range(1000)]), sum([i for i in range(100)]))
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print([*[1, 2], *[x for x in range(3)]])
print([(yield_like := x) for x in range(2)], yield_like)
