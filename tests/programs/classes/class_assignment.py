# Assigning __class__ on instances and __bases__ on classes.
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
a = A()
print(a.who(), type(a).__name__)
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B), isinstance(a, A))
try:
    a.__class__ = int
except TypeError as e:
    print('TypeError:', e)
try:
    (1).__class__ = bool
except TypeError as e:
    print('TypeError:', e)
class S1:
    __slots__ = ('x',)
class S2:
    __slots__ = ('x',)
class S3:
    __slots__ = ('y',)
s = S1()
s.__class__ = S2
print(type(s).__name__)
try:
    s.__class__ = S3
except TypeError as e:
    print('TypeError:', e)
class Base1:
    def hello(self): return 'base1'
class Base2:
    def hello(self): return 'base2'
class Child(Base1):
    pass
c = Child()
print(c.hello())
Child.__bases__ = (Base2,)
print(c.hello(), [k.__name__ for k in Child.__mro__])
try:
    Child.__bases__ = ()
except TypeError as e:
    print('TypeError:', e)
class State:
    def handle(self): return 'idle'
class Running(State):
    def handle(self):
        self.__class__ = Stopped
        return 'running -> stopping'
class Stopped(State):
    def handle(self):
        self.__class__ = Running
        return 'stopped -> running'
m = Running()
print([m.handle() for _ in range(4)])
Child.__name__ = 'Renamed'
print(Child.__name__, Child.__qualname__)
try:
    Child.__name__ = 123
except TypeError as e:
    print('TypeError:', e)
