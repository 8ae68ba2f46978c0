# type(), object(), id() consistency (never printed), len(), bool(), abs(), divmod().
x = [1, 2]
print(type(x) is list, type(type(x)) is type, type(x).__name__, type(None).__name__, type(type).__name__)
print(id(x) == id(x), id(x) != id([1, 2]), type(id(x)).__name__, id(None) == id(None))
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), bool(o))
print(len([1, 2, 3]), len('abc'), len({}), len(range(5)), len(b'xy'), len({1: 2}), len(frozenset([1])))
print(abs(-5), abs(5.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(2 ** 100)))
class A:
    def __abs__(self): return 'custom abs'
print(abs(A()))
try:
    abs('x')
except TypeError as e:
    print('TypeError:', e)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(True, 2), divmod(2 ** 70, 3))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(bool(), bool(0), bool('x'), int(), float(), str(), list(), tuple(), dict(), set(), frozenset(), complex(), bytes())
print(type('X', (), {}).__name__, type(1) == int, type(1) != bool, type(True).__mro__[1].__name__)
try:
    type()
except TypeError as e:
    print('TypeError:', e)
print(object.__name__, object().__class__.__name__, object.__new__(object).__class__ is object)
print(round(2.567, 2), pow(2, 8), max(range(3)), min('zyx'), sum([0.5] * 4))
