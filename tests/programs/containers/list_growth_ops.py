# Larger list workloads: building, slicing, deleting in loops, and membership.
n = 2000
l = list(range(n))
print(sum(l), l[-1], len(l))
del l[::3]
print(len(l), l[:6], l[-3:])
l[100:200] = []
print(len(l), l[98:102])
l[:0] = ['head'] * 5
print(l[:7], len(l))
while len(l) > 10:
    l.pop()
print(l)
evens = [x for x in range(100) if x % 2 == 0]
print(len(evens), 50 in evens, 51 in evens, evens.index(98), evens.count(0))
matrix = [[r * 10 + c for c in range(10)] for r in range(10)]
print(sum(map(sum, matrix)), [row[r] for r, row in enumerate(matrix)], matrix[9][::-3])
rotated = [list(row) for row in zip(*matrix[::-1])]
print(rotated[0][:5], rotated[9][-3:])
acc = []
for i in range(500):
    acc.insert(0, i)
print(acc[:3], acc[-3:], len(acc))
acc.sort()
print(acc[:3], acc == list(range(500)))
chunks = [acc[i:i + 128] for i in range(0, len(acc), 128)]
print(len(chunks), [len(c) for c in chunks], chunks[-1][-1])
print(max(range(10000), key=lambda x: (x * 7919) % 10007), min((x * 31) % 101 for x in range(1, 101)))
