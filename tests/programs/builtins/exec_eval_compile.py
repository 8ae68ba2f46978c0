# exec, eval and compile with namespaces and modes.
print(eval('1 + 2'), eval('x * 2', {'x': 21}), eval('y', {}, {'y': 'local'}), eval('len("abc")'))
ns = {}
exec('a = 5\ndef f(n):\n    return n + a\n', ns)
print(ns['a'], ns['f'](10), sorted(k for k in ns if k != '__builtins__'), '__builtins__' in ns)
g, l = {'v': 'global'}, {'v': 'local'}
exec('r1 = v', g, l)
print(l['r1'], 'r1' in g)
code = compile('3 * 7', '<expr>', 'eval')
print(type(code).__name__, eval(code), code.co_filename, code.co_name)
code2 = compile('print("from exec mode")\nz = 9', 'virtual.py', 'exec')
exec(code2)
print(z)
single = compile('1 + 1', '<single>', 'single')
exec(single)
print(exec('1 + 1'), eval('None'))
try:
    eval('x = 1')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    compile('1 +', 'bad.py', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg, e.filename, e.lineno)
try:
    compile('x', 'f', 'bogus')
except ValueError as e:
    print('ValueError:', e)
try:
    eval('undefined_name_here')
except NameError as e:
    print('NameError:', e)
restricted = {'__builtins__': {}}
try:
    eval('len([1])', restricted)
except NameError as e:
    print('NameError:', e)
print(eval('abs(-3)', {'__builtins__': {'abs': abs}}))
def scope_test():
    local_var = 'inside'
    return eval('local_var'), eval('local_var + "!"', None, {'local_var': 'override'})
print(scope_test())
print(eval('  2 ** 10  '), eval('\n1'), eval('[i for i in range(3)]'), eval(b'7 * 6'))
exec('for i in range(2):\n    print("loop", i)')
print(eval(compile('a + 1', 'n', 'eval'), {'a': 1}), exec(compile('', 'empty', 'exec')))
c = compile('def g():\n    return 42', 'm', 'exec')
d = {}
exec(c, d)
print(d['g'](), d['g'].__code__.co_filename)
