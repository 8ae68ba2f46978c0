# Overriding properties in subclasses, extending setters, and abstract-like errors.
class Shape:
    def __init__(self, name):
        self._name = name
    @property
    def name(self):
        return self._name
    @name.setter
    def name(self, v):
        self._name = v.strip()
    @property
    def area(self):
        raise NotImplementedError(type(self).__name__ + ' must define area')
class Square(Shape):
    def __init__(self, side):
        super().__init__('square')
        self.side = side
    @property
    def area(self):
        return self.side ** 2
class Loud(Shape):
    @Shape.name.setter
    def name(self, v):
        Shape.name.fset(self, v.upper())
sq = Square(4)
print(sq.name, sq.area)
try:
    Shape('blob').area
except NotImplementedError as e:
    print('NotImplementedError:', e)
ld = Loud('x')
ld.name = '  quiet  '
print(repr(ld.name))
sh = Shape('y')
sh.name = '  spaced  '
print(repr(sh.name))
class ReadOnlySub(Square):
    area = property(lambda self: 'overridden: ' + str(self.side))
print(ReadOnlySub(3).area)
class Chain(Square):
    @property
    def area(self):
        return super().area * 10
print(Chain(2).area)
print(Shape.name.fget.__name__, Loud.name.fset.__name__, Shape.area.fset)
p = property()
class Empty:
    x = p
try:
    Empty().x
except AttributeError as e:
    print('AttributeError:', e)
try:
    Empty().x = 1
except AttributeError as e:
    print('AttributeError:', e)
