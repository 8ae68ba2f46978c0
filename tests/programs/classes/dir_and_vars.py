# dir() on classes and instances, __dir__ customisation, vars().
class A:
    a_class = 1
    def a_method(self): pass
class B(A):
    b_class = 2
    def __init__(self):
        self.inst = 3
b = B()
names = [n for n in dir(b) if not n.startswith('__')]
print(names)
print([n for n in dir(B) if not n.startswith('__')])
print(sorted(vars(b)), sorted(k for k in vars(B) if not k.startswith('__')))
class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'alpha', 'mid']
print(dir(Custom()))
class BadDir:
    def __dir__(self):
        return 42
try:
    dir(BadDir())
except TypeError as e:
    print('TypeError:', e)
class Slotted:
    __slots__ = ('s',)
try:
    vars(Slotted())
except TypeError as e:
    print('TypeError:', e)
print('__init__' in dir(object), '__class__' in dir(1), 'append' in dir([]), 'keys' in dir({}))
print([n for n in dir(int) if not n.startswith('_')])
print([n for n in dir(str) if not n.startswith('_')][:10])
def f():
    local_a = 1
    local_b = 2
    return dir()
print(f())
class M(type):
    def meta_method(cls): pass
class WithMeta(metaclass=M):
    pass
print('meta_method' in dir(WithMeta), 'meta_method' in dir(M))
try:
    vars(5)
except TypeError as e:
    print('TypeError:', e)
print(type(dir(b)).__name__, dir(b) == sorted(dir(b)))
