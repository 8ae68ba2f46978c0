# Class patterns: positional via __match_args__, keywords, builtins' self-matching.
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point3(0, 0, 0):
            return 'origin3'
        case Point(0, 0):
            return 'origin'
        case Point(0, y):
            return 'on y axis at %r' % y
        case Point(x, 0):
            return 'on x axis at %r' % x
        case Point(x=x, y=y) if x == y:
            return 'diagonal %r' % x
        case Point3(z=z):
            return '3d with z=%r' % z
        case Point():
            return 'somewhere'
        case _:
            return 'not a point'
for p in [Point(0, 0), Point3(0, 0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point3(1, 2, 3), Point(1, 2), 'x']:
    print(where(p))
for v in [5, 5.0, 'five', b'5', [5], (5,), {5: 5}, {5}, frozenset([5]), True, None, bytearray(b'5')]:
    match v:
        case bool(b):
            r = 'bool %r' % b
        case int(i):
            r = 'int %r' % i
        case float(f):
            r = 'float %r' % f
        case str(s):
            r = 'str %r' % s
        case bytes() | bytearray():
            r = 'bytes-like'
        case list([x]):
            r = 'list of one %r' % x
        case tuple((x,)):
            r = 'tuple of one %r' % x
        case dict() | set() | frozenset():
            r = type(v).__name__
        case _:
            r = 'other'
    print(repr(v), '->', r)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print('TypeError:', e)
class Bad:
    __match_args__ = ('a', 'a')
    a = 1
try:
    match Bad():
        case Bad(x, y):
            pass
except TypeError as e:
    print('TypeError:', e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print('TypeError:', e)
try:
    match 5:
        case len():
            pass
except TypeError as e:
    print('TypeError:', e)
