# Default behaviours inherited from object.
class P: pass
p, q = P(), P()
print(p.__eq__(q), p.__eq__(p), p.__ne__(q), p.__lt__(q), p.__ge__(p))
print(object.__eq__(1, 1), object.__ne__(1, 2))
print(p == q, p != q, p == p)
print(format(p, '') == str(p), str(p) == repr(p))
try:
    format(p, 'x')
except TypeError as e:
    print('TypeError:', e)
print(P.__init_subclass__(), P.__subclasshook__(int))
print(type(object.__init__), type(object.__new__).__name__)
print(object.__name__, object.__bases__, object.__base__, object.__mro__)
print(isinstance(P, object), isinstance(object, type), isinstance(type, object))
o = object()
try:
    o.attr = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    object(1)
except TypeError as e:
    print('TypeError:', e)
print(hasattr(o, '__dict__'), hasattr(p, '__dict__'), p.__dict__)
print(P.__doc__, P.__module__, P.__name__)
class Q:
    def __init__(self, a):
        self.a = a
try:
    Q()
except TypeError as e:
    print('TypeError:', e)
try:
    Q(1, 2)
except TypeError as e:
    print('TypeError:', e)
print(p.__class__ is P, P.__class__ is type, type.__class__ is type)
print(sorted(set(dir(p)) - set(dir(o))))
print(object.__hash__(5) == hash(5), bool(o))
print(P.__str__ is object.__str__, P.__repr__ is object.__repr__, P.__hash__ is object.__hash__)
