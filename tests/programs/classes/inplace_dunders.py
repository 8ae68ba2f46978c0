# In-place operator dunders (__iadd__ etc.) and fallbacks to binary operators.
class Vec:
    def __init__(self, *c): self.c = list(c)
    def __repr__(self): return 'Vec%r' % (tuple(self.c),)
    def __iadd__(self, o):
        print('iadd')
        self.c = [a + b for a, b in zip(self.c, o.c)]
        return self
    def __add__(self, o):
        print('add')
        return Vec(*[a + b for a, b in zip(self.c, o.c)])
    def __imul__(self, k):
        print('imul')
        self.c = [a * k for a in self.c]
        return self
    def __isub__(self, o):
        print('isub returns NotImplemented')
        return NotImplemented
    def __sub__(self, o):
        print('sub fallback')
        return Vec(*[a - b for a, b in zip(self.c, o.c)])
    def __ior__(self, o): return 'ior result'
    def __ipow__(self, o): return 'ipow result'
    def __imatmul__(self, o): return 'imatmul result'
    def __ifloordiv__(self, o): return 'ifloordiv result'
    def __itruediv__(self, o): return 'itruediv result'
    def __imod__(self, o): return 'imod result'
    def __iand__(self, o): return 'iand result'
    def __ixor__(self, o): return 'ixor result'
    def __ilshift__(self, o): return 'ilshift result'
    def __irshift__(self, o): return 'irshift result'
v = Vec(1, 2)
orig = v
v += Vec(10, 20)
print(v, v is orig)
v *= 3
print(v, v is orig)
v -= Vec(1, 1)
print(v, v is orig)
results = []
for op in ['|=', '**=', '@=', '//=', '/=', '%=', '&=', '^=', '<<=', '>>=']:
    x = Vec(0)
    exec('x ' + op + ' 1')
    results.append(x)
print(results)
class NoInplace:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NoInplace(self.v + o)
n = NoInplace(1)
m = n
n += 5
print(n.v, m.v, n is m)
class Nothing: pass
z = Nothing()
try:
    z += 1
except TypeError as e:
    print('TypeError:', e)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print('TypeError:', e)
print(t)
