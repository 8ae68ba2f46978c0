# Global, local and builtin name resolution; shadowing builtins.
x = 'global'
def f():
    return x
def g():
    x = 'local'
    return x
def h():
    global x
    x = 'changed'
print(f(), g(), x)
h()
print(f(), x)
len = lambda s: 'shadowed'
print(len([1, 2]))
del len
print(len([1, 2]))
def uses_before_assign():
    try:
        print(y)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    y = 1
y = 'global y'
uses_before_assign()
def reads_builtin():
    return max([3, 1, 2])
print(reads_builtin())
import sys
print(type(__builtins__).__name__ in ('module', 'dict'), __name__)
def create_global():
    global brand_new
    brand_new = 42
create_global()
print(brand_new)
class Scope:
    x = 'class'
    def method(self):
        return x
    y = x + '!'
print(Scope().method(), Scope.y)
def shadow_param(print=print):
    print('param shadows builtin name')
shadow_param()
for x in range(2):
    pass
print(x)
print('x' in globals(), 'zz' in globals())
