# __new__ and __init__: ordering, return values, immutable subclasses.
class Tracer:
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print('__init__', args)
        self.args = args
t = Tracer(1, 2)
print(t.args)
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')
print(ReturnsOther())
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper('hello')
print(u, type(u).__name__, isinstance(u, str), u + '!')
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError('negative')
        return super().__new__(cls, v)
print(Pos(5) + 1, type(Pos(5) + 1).__name__)
try:
    Pos(-1)
except ValueError as e:
    print('ValueError:', e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print('TypeError:', e)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, len(p), type(p).__name__)
class Sub(Tracer):
    pass
print(Sub('x').args)
class ExtraArgs:
    pass
try:
    ExtraArgs(1)
except TypeError as e:
    print('TypeError:', e)
class NewOnly:
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.a = a
        return inst
print(NewOnly(1, 2).a)
class InitOnly:
    def __init__(self, x):
        self.x = x
print(InitOnly(9).x)
try:
    object.__new__(int)
except TypeError as e:
    print('TypeError:', e)
