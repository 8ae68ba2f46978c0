# __slots__: restricted attributes, inheritance, __dict__ and __weakref__ opt-in.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'))
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
del p.x
try:
    p.x
except AttributeError as e:
    print('AttributeError:', e)
print(type(P.x).__name__, P.__slots__)
class Q(P):
    pass
q = Q(1, 2)
q.anything = 'ok'
print(q.anything, hasattr(q, '__dict__'))
class R(P):
    __slots__ = ('z',)
r = R(1, 2)
r.z = 3
print(r.x, r.y, r.z, hasattr(r, '__dict__'))
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
class Single:
    __slots__ = 'only'
s = Single()
s.only = 'one'
print(s.only, Single.__slots__)
try:
    class Conflict:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print('ValueError:', e)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print('AttributeError:', e)
class Dflt:
    __slots__ = ('a',)
try:
    Dflt().a
except AttributeError as e:
    print('AttributeError:', e)
print(sorted(k for k in vars(R) if not k.startswith('__')) , '__slots__' in vars(R))
