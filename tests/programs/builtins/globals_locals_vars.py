# globals(), locals() and vars() in module, function and class scopes.
import sys
module_level = 1
g = globals()
print(g is globals(), g['module_level'], '__name__' in g, g['__name__'])
g['injected'] = 'via globals()'
print(injected)
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc), loc['c']
print(f(1))
def f2():
    x = 1
    l1 = locals()
    y = 2
    l2 = locals()
    return sorted(l1), l1 is l2
print(f2())
def closure():
    free = 'free var'
    def inner():
        return sorted(locals())
    def inner_uses():
        free
        return sorted(locals())
    return inner(), inner_uses()
print(closure())
class C:
    attr = 1
    snapshot = sorted(k for k in locals() if not k.startswith('__'))
    def method(self):
        pass
print(C.snapshot, sorted(k for k in vars(C) if not k.startswith('__')))
obj = C()
obj.x = 5
print(vars(obj), vars(obj) is obj.__dict__)
print(locals() is globals(), vars() is globals())
print(vars(sys) is sys.__dict__, 'path' in vars(sys))
try:
    vars(1)
except TypeError as e:
    print('TypeError:', e)
def modify_locals():
    v = 'original'
    locals()['v'] = 'changed'
    return v
print(modify_locals())
print(sorted(k for k in globals() if not k.startswith('__'))[:6])
print([k for k in dir() if k.startswith('mod')])
