# dir() on modules, types, instances, and with no argument in various scopes.
import sys
print(dir()[:5], 'sys' in dir())
def f(a, b=1):
    c = 3
    return dir()
print(f(1))
class Base:
    base_attr = 1
    def base_method(self): pass
class Child(Base):
    child_attr = 2
    def __init__(self): self.inst = 3
print([n for n in dir(Child()) if not n.startswith('__')])
print([n for n in dir(Child) if not n.startswith('__')])
print([n for n in dir(list) if not n.startswith('__')])
print([n for n in dir(dict) if not n.startswith('__')])
print([n for n in dir(set) if not n.startswith('__')])
print([n for n in dir(tuple) if not n.startswith('__')])
print([n for n in dir(bytes) if not n.startswith('__')])
print([n for n in dir(float) if not n.startswith('__')])
print([n for n in dir(complex) if not n.startswith('__')])
print([n for n in dir(object)])
print([n for n in dir(type) if not n.startswith('__')])
print([n for n in dir(BaseException) if not n.startswith('__')], [n for n in dir(StopIteration) if not n.startswith('__')])
print([n for n in dir(range) if not n.startswith('__')], [n for n in dir(slice) if not n.startswith('__')])
g = (x for x in [])
print([n for n in dir(g) if not n.startswith('__')])
print([n for n in dir(f) if not n.startswith('__')], [n for n in dir(f.__code__) if n.startswith('co_')])
