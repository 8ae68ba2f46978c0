# f-string '=' with attribute access, subscripts, calls and custom objects.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
    def __format__(self, spec):
        return '(%s, %s)' % (format(self.x, spec), format(self.y, spec))
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(f'{p=}')
print(f'{p.x=}, {p.y=}')
print(f'{p.norm()=}')
print(f'{p.norm()=:.3f}')
print(f'{p=:.1f}')
print(f'{p=!s}')
data = {'points': [p, Point(0, 1)]}
print(f"{data['points'][1]=}")
print(f"{len(data['points'])=}")
print(f'{[q.x for q in data["points"]]=}')
print(f'{p.x + p.y = }')
print(f'{p.x>2=}')
name = 'terrarium'
print(f'{name.upper()=:>12}|')
print(f'{name[::-1]=}')
print(f'{3 * "ab"=}')
