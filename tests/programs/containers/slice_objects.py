# slice objects: attributes, indices(), use with custom __getitem__, equality.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None, None, None))
print(slice(1, 10, 2).indices(6), slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(-100, 100).indices(4))
print(slice(10, -10, -3).indices(7), slice(None, 2, -1).indices(5), slice(0, 0).indices(0))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print('ValueError:', e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print('ValueError:', e)
data = list(range(10))
for sl in [slice(2, 5), slice(None, None, 3), slice(-2, None), slice(8, 2, -2), slice(None, -7, -1)]:
    print(sl, data[sl], 'abcdefghij'[sl], tuple(range(10))[sl])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
try:
    hash(slice(1, 2))
    print('slices hashable in 3.12+ only? hashed')
except TypeError as e:
    print('TypeError:', e)
print(slice('a', 'b', 'c').start, slice([1], None).start)
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1:2], r[:], r[::5], r[1:2, 3:4], type(r[1:]).__name__)
data[slice(0, 3)] = ['x']
print(data)
del data[slice(None, None, 2)]
print(data)
print(slice(None).indices(3), list(range(*slice(None, None, -2).indices(7))))
print(slice(2 ** 70, None).indices(10), slice(-(2 ** 70), 2 ** 70, 2 ** 65).indices(10))
