# Methods and properties defined on metaclasses apply to classes, not instances.
class Meta(type):
    def describe(cls):
        return 'class ' + cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    def __len__(cls):
        return len(cls.members)
    def __iter__(cls):
        return iter(cls.members)
    def __getitem__(cls, k):
        return cls.members[k]
    def __contains__(cls, x):
        return x in cls.members
    def __repr__(cls):
        return '<Meta class %s>' % cls.__name__
    def __getattr__(cls, name):
        return 'meta fallback ' + name
class Colors(metaclass=Meta):
    members = ['red', 'green', 'blue']
print(Colors.describe(), Colors.upper_name, len(Colors), list(Colors), Colors[1], 'red' in Colors)
print(repr(Colors), Colors.nonexistent)
try:
    Colors().describe()
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(Colors(), 'upper_name'))
class Sub(Colors):
    members = ['x']
print(len(Sub), Sub.describe(), type(Sub).__name__)
class Enumish(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._by_value = {}
        for k, v in list(ns.items()):
            if not k.startswith('_') and isinstance(v, int):
                inst = object.__new__(cls)
                inst.name, inst.value = k, v
                setattr(cls, k, inst)
                cls._by_value[v] = inst
        return cls
    def __call__(cls, value):
        return cls._by_value[value]
class Status(metaclass=Enumish):
    OK = 200
    NOT_FOUND = 404
    def __repr__(self):
        return '<Status.%s: %d>' % (self.name, self.value)
print(Status.OK, Status(404), Status(200) is Status.OK)
try:
    Status(500)
except KeyError as e:
    print('KeyError:', e)
