# list methods: append/extend/insert/pop/remove/index/count/clear/copy/reverse.
l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.extend('ab'); l.extend(range(2))
print(l)
l.insert(0, 'first'); l.insert(100, 'last'); l.insert(-1, 'before last'); l.insert(-100, 'very first')
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove('a')
print(l, l.index(2), l.index(0, 3), l.count(1), l.count('zz'))
try:
    l.index(2, 5, 6)
except ValueError as e:
    print('ValueError:', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    [1].pop(5)
except IndexError as e:
    print('IndexError:', e)
c = l.copy()
l.reverse()
print(c, l, c is not l)
c.clear()
print(c, len(c))
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(99)
print(nested, shallow)
m = [1, 2, 3]
m[1:2] = [20, 21, 22]
m[::2] = 'xyz'
print(m)
m[len(m):] = [7]
m += (8,)
m *= 2
print(m, len(m))
print(list(), list('abc'), list(range(3)), list({'k': 1}), list((1, 2)), list({1}))
e = [0] * 3
e[-1] = 'end'
print(e, [1, 2] * 0, [None] * 2, [[]] * 2)
print([1, 2, 3] == [1, 2, 3], [1, 2] != [1, 2, 3], [3] > [2, 9], [] < [0], [1, [2]] == [1, [2]])
print(l.__len__(), l.__contains__(2), l.__getitem__(0), [1, 2].__add__([3]), [1].__mul__(3))
