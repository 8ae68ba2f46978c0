# Deeply nested comprehensions and interaction with closures and generators.
grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid)
print([[[k for k in range(j)] for j in range(i)] for i in range(4)])
flat = [x for sub in [[1, 2], [3], [], [4, 5, 6]] for x in sub]
print(flat)
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
def transpose(m):
    return [[row[i] for row in m] for i in range(len(m[0]))]
print(transpose([[1, 2, 3], [4, 5, 6]]))
print({k: [v * 2 for v in vs] for k, vs in {'a': [1, 2], 'b': [3]}.items()})
print([{c: i for i, c in enumerate(w)} for w in ['ab', 'xyz']])
print(sum(sum(row) for row in [[1, 2], [3, 4]]))
print([list(g) for g in ((i * j for j in range(3)) for i in range(3))])
def outer(n):
    return [[(lambda a=i, b=j: a * 10 + b)() for j in range(n)] for i in range(n)]
print(outer(3))
identity = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
for row in identity:
    print(row)
print([x for x in [y * 2 for y in [z + 1 for z in range(5)]] if x > 4])
print(['%s%s' % (a, b) for a in 'ab' for b in 'cd' if a + b != 'bc'])
