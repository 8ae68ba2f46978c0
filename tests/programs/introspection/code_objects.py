# Code object attributes: names, counts, variable tuples, filename and first line.
def sample(a, b, /, c, d=1, *args, e, f=2, **kw):
    local1 = a + b
    local2 = [local1]
    def inner():
        return local1
    return inner
co = sample.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_cellvars, co.co_freevars, co.co_nlocals)
print(co.co_filename.replace('\\', '/').split('/')[-1], co.co_firstlineno)
inner = sample(1, 2, 3, e=4)
ic = inner.__code__
print(ic.co_name, ic.co_qualname, ic.co_freevars, ic.co_argcount, ic.co_firstlineno)
lam = lambda x, y=2: x + y
print(lam.__code__.co_name, lam.__code__.co_varnames, lam.__code__.co_firstlineno)
class K:
    def method(self, value):
        return value
print(K.method.__code__.co_qualname, K.method.__code__.co_varnames, K.method.__code__.co_firstlineno)
def no_args():
    return 'constant'
print(no_args.__code__.co_argcount, no_args.__code__.co_varnames, 'constant' in no_args.__code__.co_consts)
def uses_globals():
    return len(print.__name__) + undefined_global_name if False else len('x')
print(sorted(uses_globals.__code__.co_names))
print(type(co).__name__, type(co.co_code).__name__, isinstance(co.co_consts, tuple), co.co_stacksize > 0)
def gen():
    yield 1
print(gen.__code__.co_name, bool(gen.__code__.co_flags & 0x20))
mod_code = compile('x = 1\ny = 2\n', 'module_name.py', 'exec')
print(mod_code.co_name, mod_code.co_filename, mod_code.co_firstlineno, sorted(mod_code.co_names))
c2 = co.replace(co_name='renamed')
print(c2.co_name, c2.co_argcount, co.co_name)
print(sorted(n for n in dir(co) if n.startswith('co_') and n not in ('co_lnotab', 'co_linetable', 'co_exceptiontable', 'co_code', 'co_lines', 'co_positions')))
