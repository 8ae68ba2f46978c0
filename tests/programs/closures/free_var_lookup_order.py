# Resolution order: local, enclosing, global, builtin; and dynamic global changes.
len_result = []
def uses_builtin():
    return len('abc')
print(uses_builtin())
len = lambda s: 'global shadows builtin'
print(uses_builtin())
del len
print(uses_builtin())
def enclosing_shadows_global():
    abs = lambda x: 'enclosing abs'
    def inner():
        return abs(-1)
    return inner()
print(enclosing_shadows_global(), abs(-1))
value = 'global value'
def f():
    return value
print(f())
value = 'changed global'
print(f())
def g():
    value = 'enclosing'
    def h():
        return value
    value = 'enclosing rebound'
    return h()
print(g())
def builtins_dict_view():
    b = __builtins__ if isinstance(__builtins__, dict) else __builtins__.__dict__
    return 'print' in b, 'nonexistent' in b
print(builtins_dict_view())
ns = {'value': 'exec namespace'}
exec('def k():\n    return value\nresult = k()', ns)
print(ns['result'])
code = f.__code__
print(code.co_names, code.co_freevars, g.__code__.co_cellvars)
def local_only():
    value = 'local'
    return value
print(local_only(), value)
