# __getitem__/__setitem__ with tuple keys, slices and Ellipsis.
class Matrix:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
        self.data = [[0] * cols for _ in range(rows)]
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if isinstance(r, slice) or isinstance(c, slice):
                rows = range(self.rows)[r] if isinstance(r, slice) else [r]
                return [[self.data[i][j] for j in (range(self.cols)[c] if isinstance(c, slice) else [c])] for i in rows]
            return self.data[r][c]
        if key is Ellipsis:
            return 'all'
        return self.data[key]
    def __setitem__(self, key, value):
        r, c = key
        self.data[r][c] = value
    def __repr__(self):
        return '\n'.join(' '.join('%3d' % v for v in row) for row in self.data)
m = Matrix(3, 4)
for i in range(3):
    for j in range(4):
        m[i, j] = i * 4 + j
print(m)
print(m[1, 2], m[2], m[...], m[0:2, 1:3], m[:, 0], m[1, ::2])
class Spy:
    def __getitem__(self, key):
        return key
s = Spy()
print(s[1], s[1, 2], s[1:2], s[1:2:3], s[:, 1], s[...], s[1, ...], s[()], s[(1,)], s['a':'b'])
print(s[::], s[:], s[::-1], s[1:2, 3:4])
d = {}
d[1, 2] = 'tuple key'
print(d, d[(1, 2)])
print(type(s[1:2]).__name__, s[1:2].start, s[None:5].stop)
