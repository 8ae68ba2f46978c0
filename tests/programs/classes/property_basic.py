# property: getter/setter/deleter, read-only, docstrings, and inheritance.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print('AttributeError:', e)
del t.celsius
print(t.celsius)
try:
    del t.fahrenheit
except AttributeError as e:
    print('AttributeError:', e)
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return 'sub:' + str(self._c)
s = Sub()
s.celsius = 5
print(s.celsius)
def get_x(self): return 'x via property()'
X = type('X', (), {'x': property(get_x, doc='doc x')})
print(X().x, X.x.__doc__, X.x.fget is get_x, X.x.fset)
class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
l = Lazy()
print(l.value, l.value, Lazy.calls)
print(type(Temp.celsius).__name__, isinstance(Temp.__dict__['celsius'], property))
class Err:
    @property
    def bad(self):
        raise AttributeError('inner attribute missing')
    def __getattr__(self, name):
        return 'fallback for ' + name
print(Err().bad)
