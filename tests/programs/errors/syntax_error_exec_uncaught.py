# A SyntaxError from exec() that is not caught terminates the program.
print('the program itself is valid')
snippets = ['a = 1', 'b = a + 1', 'c = [a, b]']
ns = {}
for s in snippets:
    exec(s, ns)
    print('executed', repr(s))
print(ns['c'])
try:
    exec('d = ', ns)
except SyntaxError as e:
    print('first bad snippet caught:', e.msg)
print(eval('a * 10', ns))
code = compile('e = b ** 2', 'ok.py', 'exec')
exec(code, ns)
print(ns['e'])
print('now an uncaught one')
exec('def broken(:\n    pass', ns)
print('never reached')
