# Data vs non-data descriptors and lookup precedence.
class DataDesc:
    def __get__(self, obj, objtype=None):
        return ('data get', obj is None, objtype.__name__)
    def __set__(self, obj, value):
        print('data set', value)
class NonDataDesc:
    def __get__(self, obj, objtype=None):
        return 'non-data get'
class C:
    d = DataDesc()
    n = NonDataDesc()
c = C()
print(c.d, C.d)
c.d = 5
c.__dict__['d'] = 'instance dict value'
print(c.d)
print(c.n)
c.n = 'shadowed'
print(c.n, C.n)
del c.n
print(c.n)
class Deleter:
    def __get__(self, obj, t=None): return 'got'
    def __delete__(self, obj): print('deleting via descriptor')
class D:
    x = Deleter()
d = D()
del d.x
try:
    d.x = 1
    print('set went to instance dict:', d.__dict__)
except AttributeError as e:
    print('AttributeError:', e)
class SetOnly:
    def __set__(self, obj, v):
        obj.__dict__['so'] = v * 2
class E:
    so = SetOnly()
e = E()
e.so = 21
print(e.so, type(E.so).__name__)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, t=None):
        return self if obj is None else obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s must be %s' % (self.name, self.kind.__name__))
        obj.__dict__[self.name] = value
class Person:
    age = Typed(int)
    name = Typed(str)
pp = Person()
pp.age = 30
pp.name = 'ann'
print(pp.age, pp.name)
try:
    pp.age = 'old'
except TypeError as ex:
    print('TypeError:', ex)
print(type(Person.__dict__['age']).__name__, Person.age.kind.__name__)
