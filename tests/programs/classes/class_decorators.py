# Class decorators: adding methods, registering, generating __repr__/__eq__.
def auto_repr(cls):
    fields = cls.fields
    def __repr__(self):
        return '%s(%s)' % (cls.__name__, ', '.join('%s=%r' % (f, getattr(self, f)) for f in fields))
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in fields)
    def __init__(self, *args):
        for f, a in zip(fields, args):
            setattr(self, f, a)
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__init__ = __init__
    cls.__hash__ = None
    return cls
@auto_repr
class Point:
    fields = ('x', 'y')
print(Point(1, 2), Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1), Point.__hash__)
def singleton(cls):
    instances = {}
    def get():
        if cls not in instances:
            instances[cls] = cls()
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self):
        print('Config created')
print(Config() is Config())
def add_method(name):
    def deco(cls):
        setattr(cls, name, lambda self: name + ' on ' + type(self).__name__)
        return cls
    return deco
@add_method('greet')
@add_method('wave')
class Person:
    pass
print(Person().greet(), Person().wave())
order = []
def d1(cls):
    order.append('d1')
    return cls
def d2(cls):
    order.append('d2')
    return cls
@d1
@d2
class Ordered:
    order.append('body')
print(order)
def frozen(cls):
    def __setattr__(self, k, v):
        raise AttributeError('frozen instance: cannot set ' + k)
    orig_init = cls.__init__
    def __init__(self, *a):
        object.__setattr__(self, '_init', True)
        for k, v in zip(('a', 'b'), a):
            object.__setattr__(self, k, v)
    cls.__init__ = __init__
    cls.__setattr__ = __setattr__
    return cls
@frozen
class F:
    pass
f = F(1, 2)
print(f.a, f.b)
try:
    f.a = 5
except AttributeError as e:
    print('AttributeError:', e)
