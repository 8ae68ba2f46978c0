# __index__, __int__, __float__, __complex__, __round__, __trunc__, __floor__, __bool__.
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self):
        return self.v
seq = list(range(10))
print(seq[Idx(3)], seq[Idx(1):Idx(4)], 'abc' * Idx(2), hex(Idx(255)), bin(Idx(5)), oct(Idx(8)))
print(range(Idx(3)), int(Idx(7)), [0] * Idx(3), (1, 2, 3)[Idx(-1)])
class ToInt:
    def __int__(self): return 42
print(int(ToInt()))
try:
    [1, 2][ToInt()]
except TypeError as e:
    print('TypeError:', e)
class ToFloat:
    def __float__(self): return 2.5
print(float(ToFloat()))
class ToComplex:
    def __complex__(self): return 1 + 2j
print(complex(ToComplex()))
class Rnd:
    def __round__(self, n=None):
        return ('round', n)
print(round(Rnd()), round(Rnd(), 2))
class BadIndex:
    def __index__(self): return 'no'
try:
    [1][BadIndex()]
except TypeError as e:
    print('TypeError:', e)
class BadInt:
    def __int__(self): return 1.5
try:
    int(BadInt())
except TypeError as e:
    print('TypeError:', e)
print(float(Idx(3)) if hasattr(float, '__index__') else 'float() uses __index__ in 3.11:', float(Idx(3)))
print(complex(Idx(2)) if True else None)
try:
    pow(2, Idx(10))
except TypeError as e:
    print("TypeError:", e)
