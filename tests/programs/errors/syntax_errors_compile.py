# SyntaxError details (msg, lineno, offset) for many invalid snippets given to compile().
cases = [
    'x = ', 'def f(:\n    pass', '1 +* 2', 'if True\n    pass', 'return 5', 'yield 1', 'break', 'continue',
    'x = 1 = 2', 'f() = 3', 'del f()', '(a, b) += 1', 'lambda: (yield)', 'def f():\n  x = 1\n   y = 2',
    'class C:\npass', "'unterminated", '"""never closed', '0777', '1__0', '1_', '0x', '1e', 'a b',
    'print "hello"', 'x := 5', 'def f(a, a): pass', 'def f(a=1, b): pass', 'f(a=1, 2)', 'f(**k, *a)',
    'async = 1' if False else 'await = 1', 'nonlocal x', 'import', 'from x import', '[x for x in]',
    '{1: 2, 3}', 'x = (1, 2', 'x = [1, 2)', 'True = 1', 'None = 1', '__debug__ = 1', 'f(x for x in y, 1)',
    'a = 1 if 2', 'try:\n    pass\n', 'except:\n    pass', 'else: pass', '@dec\nx = 1', 'with:\n    pass',
    '*a = [1]', 'a, *b, *c = d', 'def f(*): pass', 'def f(**k, a): pass', "f'{'", 'x = 1\n\tif x:\n  pass',
]
for src in cases:
    try:
        compile(src, 'snippet.py', 'exec')
        print(repr(src), '-> compiled')
    except SyntaxError as e:
        print(repr(src), '->', type(e).__name__, '|', e.msg, '|', e.lineno, e.offset)
