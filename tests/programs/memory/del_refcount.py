# __del__ runs deterministically when the last reference goes away.
class Res:
    def __init__(self, name):
        self.name = name
        print('init', name)
    def __del__(self):
        print('del', self.name)
a = Res('a')
b = a
print('dropping first reference')
del a
print('dropping second reference')
del b
print('after del b')
r = Res('rebound')
r = Res('replacement')
print('after rebinding')
def scope():
    local = Res('local')
    print('leaving scope')
scope()
print('after scope')
lst = [Res('in list 0'), Res('in list 1')]
lst.pop(0)
print('after pop')
lst.clear()
print('after clear')
d = {'k': Res('in dict')}
d['k'] = None
print('after dict overwrite')
Res('temporary')
print('after temporary expression statement')
x = [Res('nested')]
y = [x]
del x
print('nested still referenced')
del y
print('after deleting container of container')
def returns():
    return Res('returned')
returns()
print('after discarded return value')
kept = returns()
print('kept', kept.name)
del kept
t = (Res('tuple item'),)
t = None
del r
print('end of program')
