# __qualname__ for nested functions, classes, lambdas, comprehensions and generators.
def f():
    def g():
        def h():
            pass
        return h
    return g
print(f.__qualname__, f().__qualname__, f()().__qualname__)
class A:
    class B:
        def m(self):
            return lambda: None
        @staticmethod
        def s():
            pass
        @classmethod
        def c(cls):
            pass
        @property
        def p(self):
            pass
print(A.__qualname__, A.B.__qualname__, A.B.m.__qualname__, A.B().m().__qualname__)
print(A.B.s.__qualname__, A.B.c.__qualname__, A.B.p.fget.__qualname__)
def make_class():
    class Local:
        def meth(self):
            pass
    return Local
print(make_class().__qualname__, make_class().meth.__qualname__)
gen = (x for x in [])
print(gen.__qualname__, gen.__name__)
def outer_gen():
    yield
print(outer_gen().__qualname__)
async def coro():
    pass
c = coro()
print(c.__qualname__)
c.close()
lam = lambda: (lambda: 0)
print(lam.__qualname__, lam().__qualname__)
class C:
    items = [lambda: 0 for _ in range(1)]
print(C.items[0].__qualname__)
def nested_comp():
    return [lambda: 0 for _ in range(1)][0]
print(nested_comp().__qualname__)
f.__qualname__ = 'custom.name'
print(f.__qualname__, f.__name__)
try:
    f.__qualname__ = 5
except TypeError as e:
    print('TypeError:', e)
