# SyntaxError attributes: filename, lineno, offset, end_lineno, end_offset, text, msg, args, str().
src = 'a = 1\nb = (2 +\nc = 3\n'
try:
    compile(src, 'virtual_file.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    print(str(e))
    print(e.args[0], e.args[1][:3])
try:
    compile('x = $', 'f.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text), str(e))
try:
    compile('def f():\n  pass\n    return', 'i.py', 'exec')
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno, repr(e.text))
try:
    eval('1 +')
except SyntaxError as e:
    print(e.filename, e.lineno, e.msg)
try:
    exec('for x in range(3):\nprint(x)')
except IndentationError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
e = SyntaxError('custom message', ('file.py', 3, 7, 'bad code here\n', 3, 10))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e))
e2 = SyntaxError('only msg')
print(e2.msg, e2.filename, e2.lineno, str(e2), e2.args)
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
try:
    compile('if x:\n\tpass\n        pass\n', 't.py', 'exec')
except (TabError, IndentationError) as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    compile(b'# -*- coding: nope -*-\nx = 1\n', 'enc.py', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile('x = 1\x00', 'nul.py', 'exec')
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
