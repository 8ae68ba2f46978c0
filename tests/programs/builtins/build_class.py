# __build_class__ is what the class statement calls; it can be invoked or replaced.
import sys
def body():
    x = 1
    def method(self):
        return 'method result'
    return None
def make(func, name, *bases, **kw):
    return __build_class__(func, name, *bases, **kw)
C = make(lambda: None, 'Empty')
print(C.__name__, C.__bases__, type(C).__name__)
def cls_body():
    value = 42
    def get(self):
        return self.value
    locals_snapshot = None
D = __build_class__(cls_body, 'D')
print(D.__name__, D.value if hasattr(D, 'value') else 'no value', sorted(k for k in vars(D) if not k.startswith('__')))
print(D().get() if hasattr(D, 'get') else 'no get')
class Meta(type):
    pass
E = __build_class__(lambda: None, 'E', int, metaclass=Meta)
print(E.__name__, E.__bases__, type(E).__name__, E(5) + 1)
builtins = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
original = builtins['__build_class__']
seen = []
def spy(func, name, *bases, **kw):
    seen.append(name)
    return original(func, name, *bases, **kw)
builtins['__build_class__'] = spy
class Watched:
    pass
class AlsoWatched(Watched):
    pass
builtins['__build_class__'] = original
print(seen, Watched.__name__, AlsoWatched.__mro__[1].__name__)
try:
    __build_class__(1, 'X')
except TypeError as e:
    print('TypeError:', e)
try:
    __build_class__(lambda: None, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    __build_class__(lambda: None)
except TypeError as e:
    print('TypeError:', e)
