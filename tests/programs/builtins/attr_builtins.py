# getattr/setattr/hasattr/delattr with defaults, errors and descriptors.
class C:
    cls_attr = 'class'
    @property
    def prop(self):
        return 'property'
    @property
    def broken(self):
        raise ValueError('property error')
c = C()
setattr(c, 'dyn', 1)
print(getattr(c, 'dyn'), getattr(c, 'cls_attr'), getattr(c, 'prop'), getattr(c, 'nope', 'default'), getattr(C, 'cls_attr'))
print(hasattr(c, 'dyn'), hasattr(c, 'nope'), hasattr(C, 'prop'), hasattr(c, '__class__'))
try:
    hasattr(c, 'broken')
except ValueError as e:
    print('hasattr propagates non-AttributeError:', e)
try:
    getattr(c, 'broken', 'default')
except ValueError as e:
    print('getattr default does not catch ValueError:', e)
delattr(c, 'dyn')
print(hasattr(c, 'dyn'))
try:
    delattr(c, 'dyn')
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(c, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
for bad in [lambda: getattr(c, 5), lambda: setattr(c, 5, 1), lambda: hasattr(c, None), lambda: delattr(c, b'x')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
setattr(c, 'with space', 'odd name')
print(getattr(c, 'with space'), vars(c))
setattr(C, 'added', lambda self: 'method added at runtime')
print(c.added())
try:
    setattr(1, 'x', 2)
except AttributeError as e:
    print('AttributeError:', e)
try:
    setattr(c, 'prop', 'x')
except AttributeError as e:
    print('AttributeError:', e)
class S(str):
    pass
name = S('dyn2')
setattr(c, name, 'str subclass name')
print(getattr(c, 'dyn2'))
print(getattr(5, 'real'), getattr('abc', 'upper')(), getattr([], '__len__')())
