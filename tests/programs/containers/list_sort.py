# list.sort and sorted: stability, key, reverse (stability preserved when reversed).
records = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1), ('c', 2), ('a', 3)]
print(sorted(records))
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: r[0], reverse=True))
by_num = sorted(records, key=lambda r: r[1])
print(sorted(by_num, key=lambda r: r[0]))
l = [5, 2, 9, 1, 5, 6]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([3, 1, 2], key=None), sorted('hello'), sorted((3, 1)), sorted({3: 'a', 1: 'b'}))
print(sorted([-3, 2, -1, 0], key=abs), sorted([[2, 1], [1, 2], [1, 1]]), sorted([(1, 'b'), (1, 'a')]))
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print('TypeError:', e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print('TypeError:', e)
class Item:
    def __init__(self, k, tag): self.k, self.tag = k, tag
    def __lt__(self, other): return self.k < other.k
    def __repr__(self): return '%d%s' % (self.k, self.tag)
items = [Item(2, 'a'), Item(1, 'b'), Item(2, 'c'), Item(1, 'd'), Item(0, 'e')]
print(sorted(items), sorted(items, reverse=True))
mutating = [3, 2, 1]
def bad_key(x):
    mutating.append(x)
    return x
try:
    mutating.sort(key=bad_key)
except ValueError as e:
    print('ValueError:', e)
print(mutating)
big = [(i * 7919) % 1000 for i in range(1000)]
print(sorted(big)[:10], sorted(big)[-5:], sorted(big) == sorted(big, reverse=True)[::-1])
print(sorted([0.5, -0.0, 0.0, -1, True, False]), sorted([1.5, float('inf'), -float('inf')]))
l2 = [4, 3]
print(l2.sort(), l2, sorted(l2) is not l2)
