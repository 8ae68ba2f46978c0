# __call__ on instances and classes, callable(), and call-time errors.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
a = Adder(5)
print(a(1), a(1, times=3), callable(a), callable(Adder), callable(5))
class Meta(type):
    def __call__(cls, *args):
        print('Meta.__call__', cls.__name__, args)
        return super().__call__(*args)
class Made(metaclass=Meta):
    def __init__(self, *args):
        self.args = args
m = Made(1, 2)
print(m.args)
try:
    five = 5
    five()
except TypeError as e:
    print('TypeError:', e)
try:
    s = 'str'
    s(1)
except TypeError as e:
    print('TypeError:', e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print('TypeError:', e)
class CallAttr:
    pass
obj = CallAttr()
obj.__call__ = lambda: 'instance attr'
print(callable(obj))
try:
    obj()
except TypeError as e:
    print('TypeError:', e)
class Chain:
    def __init__(self, parts=()):
        self.parts = parts
    def __call__(self, p):
        return Chain(self.parts + (p,))
    def __repr__(self):
        return 'Chain%r' % (self.parts,)
print(Chain()(1)(2)(3))
print(callable(print), callable(len), callable(lambda: 0), callable(None), callable(type))
class StaticCall:
    @staticmethod
    def __call__(x):
        return x * 2
print(StaticCall()(21))
