# Arithmetic dunder methods, reflected operands, and NotImplemented fallbacks.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'V(%r, %r)' % (self.x, self.y)
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k, mod=None):
        return V(pow(self.x, k, mod), pow(self.y, k, mod))
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __invert__(self):
        return V(self.y, self.x)
    def __and__(self, o): return 'and'
    def __ror__(self, o): return 'ror with %r' % (o,)
    def __lshift__(self, n): return V(self.x << n, self.y << n)
    def __rrshift__(self, o): return 'rrshift'
a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 3 * a, -a, +a, abs(V(3, 4)), a / 2, b // 2, b % 2)
print(a ** 2, pow(b, 2, 5), a @ b, ~a, a & b, 5 | a, a << 2, 1 >> a)
try:
    a + 1
except TypeError as e:
    print('TypeError:', e)
try:
    'x' * a
except TypeError as e:
    print('TypeError:', e)
class Left:
    def __add__(self, o):
        print('Left.__add__')
        return NotImplemented
class Right:
    def __radd__(self, o):
        print('Right.__radd__')
        return 'radd result'
print(Left() + Right())
class Base:
    def __add__(self, o): return 'Base.add'
    def __radd__(self, o): return 'Base.radd'
class Derived(Base):
    def __radd__(self, o): return 'Derived.radd (subclass wins)'
print(Base() + Derived(), Derived() + Base())
class Neither: pass
try:
    Neither() - Neither()
except TypeError as e:
    print('TypeError:', e)
try:
    -Neither()
except TypeError as e:
    print('TypeError:', e)
