# Metaclasses: __prepare__, __new__, __init__, __call__, keyword arguments.
class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, [b.__name__ for b in bases], kw)
        return RecordingDict()
    def __new__(mcls, name, bases, ns, **kw):
        order = getattr(ns, 'order', list(ns))
        print('new', name, [k for k in order if not k.startswith('__')])
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.defined_order = [k for k in order if not k.startswith('__')]
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('init', name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print('call', cls.__name__, args)
        return super().__call__(*args, **kw)
class Model(metaclass=Meta, flavour='vanilla'):
    b = 1
    a = 2
    def method(self): pass
    c = 3
print(Model.defined_order, type(Model).__name__)
m = Model()
class Sub(Model):
    z = 0
print(Sub.defined_order, type(Sub) is Meta)
class Upper(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {(k.upper() if not k.startswith('__') else k): v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, new_ns)
class U(metaclass=Upper):
    value = 5
    def hello(self): return 'hi'
print(U.VALUE, U().HELLO(), hasattr(U, 'value'))
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Conflict(A1, A2): pass
except TypeError as e:
    print('TypeError:', e)
Dyn = Meta('Dyn', (), {'q': 1})
print(Dyn.q, Dyn.__name__)
