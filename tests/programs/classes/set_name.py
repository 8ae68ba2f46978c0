# __set_name__ is called on descriptors when the owning class is created.
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.owner = owner.__name__
        self.name = name
        self.private = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, 'unset')
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class Record:
    x = Field()
    y = Field()
    def __init__(self, x=None):
        if x is not None:
            self.x = x
r = Record(5)
print(r.x, r.y, Record.x.name, Record.y.private, Record.x.owner)
r.y = 'why'
print(r.y, sorted(vars(r)))
f = Field()
class Late:
    pass
Late.attr = f
print(hasattr(f, 'name'))
f.__set_name__(Late, 'attr')
print(f.name)
class Two:
    a = b = Field()
print(Two.a.name)
class Boom:
    def __set_name__(self, owner, name):
        raise ValueError('boom in ' + name)
try:
    class Owner:
        item = Boom()
except Exception as e:
    print(type(e).__name__, e, '| cause:', repr(e.__cause__))
class NotCalled:
    def __set_name__(self, owner, name):
        print('should not be called for instance attributes')
class Holder:
    def __init__(self):
        self.nc = NotCalled()
Holder()
print('done')
Dyn = type('Dyn', (), {'d': Field()})
print(Dyn.d.name, Dyn.d.owner)
