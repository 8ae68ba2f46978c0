# del on names, subscripts, slices, attributes and tuples of targets.
x = 1
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
class C:
    pass
c = C()
c.attr = 5
c.other = 6
del c.attr
print(hasattr(c, 'attr'), c.other)
try:
    del c.attr
except AttributeError as e:
    print('AttributeError', e)
a, b, q = 1, 2, [1, 2, 3]
del a, b, q[0]
print(q, 'a' in dir(), 'b' in dir())
def f():
    y = 3
    del y
    try:
        return y
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(f())
class D:
    def __delitem__(self, k): print('delitem', k)
    def __delattr__(self, k): print('delattr', k)
dd = D()
del dd[1], dd[1:2], dd['x', 'y']
del dd.foo
t = [[1, 2], [3, 4]]
del t[0][1], t[1]
print(t)
(e1, [e2, e3]) = 1, [2, 3]
del (e1, [e2, e3])
print('e1' in globals(), 'e2' in globals())
try:
    del undefined_name
except NameError as e:
    print(e)
