# Bound/unbound methods, binding via __get__, and method objects.
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def add(self, n):
        return self.v + n
c = C(10)
m = c.get
print(m(), C.get(c), C.add(c, 5), m.__self__ is c, m.__func__ is C.get)
print(c.get == c.get, c.get is c.get, C.get is C.get)
unbound = C.__dict__['get']
print(unbound(c), type(unbound).__name__)
bound = unbound.__get__(c, C)
print(bound(), type(bound).__name__)
def external(self, x):
    return self.v * x
C.ext = external
print(c.ext(3))
c.inst_fn = external
try:
    c.inst_fn(3)
except TypeError as e:
    print('TypeError:', e)
print(c.inst_fn(c, 3))
methods = [c.get, C(20).get, C(30).add]
print(methods[0](), methods[1](), methods[2](1))
class Counter:
    count = 0
    def inc(self):
        self.count += 1
        return self
x = Counter()
x.inc().inc().inc()
print(x.count, Counter.count)
print(getattr(c, 'add')(100))
f = (lambda self: 'lambda method')
C.lam = f
print(c.lam())
print(type(C(1).get).__name__, C.get.__name__, c.get.__name__)
class Sub(C):
    def get(self):
        return 'sub ' + str(super().get())
print(Sub(5).get(), C.get(Sub(6)))
