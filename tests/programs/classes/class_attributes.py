# Class vs instance attributes, shared mutable class state, __dict__ contents.
class C:
    shared = []
    count = 0
    def __init__(self, name):
        self.name = name
        C.count += 1
    def add(self, x):
        self.shared.append(x)
a, b = C('a'), C('b')
a.add(1); b.add(2)
print(a.shared, b.shared, C.shared, C.count, a.count)
a.count = 'instance'
print(a.count, b.count, C.count)
print(sorted(vars(a)), 'add' in C.__dict__, 'name' in C.__dict__)
print(C.__name__, C.__qualname__, C.__module__, C.__doc__)
class Outer:
    class Inner:
        class Deepest:
            pass
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.__name__)
C.new_attr = 'added later'
print(a.new_attr)
del C.new_attr
print(hasattr(a, 'new_attr'))
setattr(C, 'dyn', lambda self: 'dynamic method ' + self.name)
print(b.dyn())
print(type(C.__dict__).__name__)
try:
    C.__dict__['x'] = 1
except TypeError as e:
    print('TypeError:', e)
class Doc:
    """Class docstring."""
print(Doc.__doc__, Doc().__doc__)
class Ordered:
    z = 1
    a = 2
    m = 3
print([k for k in Ordered.__dict__ if not k.startswith('__')])
obj = C('z')
obj.__dict__['direct'] = 'via dict'
print(obj.direct)
obj.__dict__ = {'name': 'replaced'}
print(obj.name, vars(obj))
print(C.__class__.__name__, type(C.__dict__['add']).__name__)
