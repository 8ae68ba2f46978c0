# enumerate and zip, including zip(strict=True) and lazy behaviour.
print(list(enumerate('abc')), list(enumerate('abc', 10)), list(enumerate('ab', start=-1)), list(enumerate([])))
e = enumerate(['x', 'y'])
print(next(e), next(e), next(e, 'done'))
print(list(zip()), list(zip('ab')), list(zip('abc', [1, 2])), list(zip('ab', 'cd', 'ef')))
print(dict(zip('abc', range(3))), list(zip(*[(1, 'a'), (2, 'b')])))
print(list(zip('ab', [1, 2], strict=True)))
for args in [('abc', [1, 2]), ('a', [1, 2]), ('ab', 'cd', 'e'), ('ab', 'cd', 'efg')]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as err:
        print('ValueError:', err)
log = []
def gen(name, n):
    for i in range(n):
        log.append('%s%d' % (name, i))
        yield i
print(list(zip(gen('a', 3), gen('b', 2))), log)
log.clear()
try:
    list(zip(gen('a', 2), gen('b', 3), strict=True))
except ValueError as err:
    print('ValueError:', err, log)
z = zip([1, 2], [3, 4])
print(iter(z) is z, next(z), list(z), list(z))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
print(list(enumerate(zip('ab', 'xy'))), [i for i, (a, b) in enumerate(zip('ab', 'cd')) if a < b])
try:
    enumerate(5)
except TypeError as err:
    print('TypeError:', err)
try:
    zip(1, 2)
except TypeError as err:
    print('TypeError:', err)
print(list(enumerate('ab', 2 ** 70)), type(enumerate('a')).__name__, type(zip()).__name__)
