# Function, variable and class annotations evaluated at runtime (no __future__).
def f(a: int, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
def g(): pass
print(g.__annotations__)
class C:
    x: int
    y: str = 'hello'
    z: 'forward'
print(C.__annotations__, C.y, hasattr(C, 'x'))
order = []
def ann(v):
    order.append(v)
    return v
def h(p: ann('p'), q: ann('q') = ann('default')) -> ann('ret'):
    pass
print(order, h.__annotations__)
x: int = 5
y: list
print(x, __annotations__)
try:
    y
except NameError as e:
    print('NameError:', e)
def local_ann():
    v: int = 3
    w: str
    return v
print(local_ann(), local_ann.__annotations__)
lst = [0]
lst[0]: int = 9
print(lst)
class D:
    a: int = 1
    def m(self) -> 'D':
        return self
print(D.m.__annotations__, D.__annotations__)
f.__annotations__['new'] = 1
print(sorted(f.__annotations__))
