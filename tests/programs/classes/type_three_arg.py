# type(name, bases, dict) creates classes dynamically.
def init(self, v):
    self.v = v
Dyn = type('Dyn', (), {'__init__': init, 'double': lambda self: self.v * 2, 'k': 1})
d = Dyn(21)
print(Dyn.__name__, d.double(), Dyn.k, type(d).__name__, Dyn.__bases__)
Sub = type('Sub', (Dyn,), {'triple': lambda self: self.v * 3})
s = Sub(5)
print(s.double(), s.triple(), [c.__name__ for c in Sub.__mro__])
print(type(1), type('x'), type(type), type(object))
try:
    type('Bad', 1, {})
except TypeError as e:
    print('TypeError:', e)
try:
    type('Bad', (), [])
except TypeError as e:
    print('TypeError:', e)
try:
    type(1, 2)
except TypeError as e:
    print('TypeError:', e)
Q = type('Q', (object,), {'__qualname__': 'Custom.Q', '__module__': 'fake_mod'})
print(Q.__qualname__, Q.__module__, Q.__name__)
E = type('E', (Exception,), {})
try:
    raise E('dynamic exception')
except E as e:
    print(type(e).__name__, e)
Slotted = type('Slotted', (), {'__slots__': ('a',)})
sl = Slotted()
sl.a = 1
print(sl.a, hasattr(sl, '__dict__'))
print(type.__name__, type.__qualname__, isinstance(type, type), issubclass(type, object))
T = type('T', (), {'__doc__': 'doc string'})
print(T.__doc__)
class Meta(type):
    pass
M = Meta('M', (), {})
print(type(M).__name__, isinstance(M, type))
print(type('', (), {}).__name__ == '')
N = type('N', (int,), {})
print(N(5) + 1, isinstance(N(5), int))
