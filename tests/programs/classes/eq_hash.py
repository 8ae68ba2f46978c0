# __eq__/__hash__ interplay: defining __eq__ removes hashing; explicit hash; set/dict use.
class OnlyEq:
    def __eq__(self, o): return True
print(OnlyEq.__hash__)
try:
    hash(OnlyEq())
except TypeError as e:
    print('TypeError:', e)
try:
    {OnlyEq()}
except TypeError as e:
    print('TypeError:', e)
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return 'P(%d,%d)' % (self.x, self.y)
s = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(s), Point(1, 2) in s, Point(3, 3) in s)
d = {Point(0, 0): 'origin'}
print(d[Point(0, 0)], hash(Point(1, 2)) == hash((1, 2)))
class Sub(Point):
    pass
print(Sub.__hash__ is Point.__hash__, hash(Sub(1, 2)) == hash(Point(1, 2)))
class SubEq(Point):
    def __eq__(self, o): return False
print(SubEq.__hash__)
class Unhash:
    __hash__ = None
try:
    hash(Unhash())
except TypeError as e:
    print('TypeError:', e)
class Collide:
    def __init__(self, n): self.n = n
    def __hash__(self): return 1
    def __eq__(self, o): return self.n == o.n
    def __repr__(self): return 'C%d' % self.n
cs = {Collide(i) for i in range(5)}
print(len(cs), sorted(c.n for c in cs), Collide(3) in cs)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class BadHash:
    def __hash__(self): return 'str'
try:
    hash(BadHash())
except TypeError as e:
    print('TypeError:', e)
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
class KeepHash:
    def __eq__(self, o): return False
    __hash__ = object.__hash__
print(hash(KeepHash()) is not None)
