# Compile-time scope errors reported as SyntaxError via compile().
cases = {
    'nonlocal at module': 'nonlocal x',
    'nonlocal no binding': 'def f():\n    nonlocal zz\n',
    'global after use': 'def f():\n    print(x)\n    global x\n',
    'nonlocal after assign': 'def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n',
    'param declared global': 'def f(a):\n    global a\n',
    'param declared nonlocal': 'def f(a):\n    def g(b):\n        nonlocal b\n',
    'global and nonlocal': 'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n',
    'nonlocal in class at module': 'class C:\n    nonlocal y\n',
    'annotated global': 'def f():\n    global q\n    q: int = 1\n',
}
for name, src in cases.items():
    try:
        compile(src, 'case.py', 'exec')
        print(name, '-> compiled fine')
    except SyntaxError as e:
        print(name, '-> SyntaxError:', e.msg, 'line', e.lineno)
ok = 'def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n        return x\n    return g()\n'
ns = {}
exec(compile(ok, 'ok.py', 'exec'), ns)
print(ns['f']())
src = 'def outer():\n    v = 1\n    class C:\n        def m(self):\n            nonlocal v\n            v = 2\n    C().m()\n    return v\n'
exec(src, ns)
print(ns['outer']())
