# compile() flags from __future__, dont_inherit, optimize, and AST-free checks.
import __future__
print(__future__.annotations.compiler_flag == 0x1000000, __future__.annotations.mandatory)
print(__future__.division.getOptionalRelease()[:2], __future__.generator_stop.getMandatoryRelease()[:2])
print(sorted(n for n in __future__.all_feature_names))
src = 'def f(x: UndefinedType) -> AlsoUndefined:\n    return x\n'
ns = {}
exec(compile(src, 'lazy', 'exec', flags=__future__.annotations.compiler_flag), ns)
print(ns['f'].__annotations__)
ns2 = {}
try:
    exec(compile(src, 'eager', 'exec'), ns2)
except NameError as e:
    print('NameError:', e)
code = compile('assert False, "asserts removed"', 'opt', 'exec', optimize=1)
exec(code)
print('optimize=1 removed the assert')
code = compile('print(__debug__)', 'dbg', 'exec', optimize=1)
exec(code)
code = compile('x = 1', 'noinherit', 'exec', dont_inherit=True)
print(type(code).__name__, code.co_filename)
try:
    compile('x = 1', 'f', 'exec', flags=1 << 30)
except ValueError as e:
    print('ValueError:', e)
print(compile('1', 'f', 'eval').co_consts[:1] if False else 'consts skipped', eval(compile('40 + 2', '', 'eval')))
try:
    compile('from __future__ import braces', 'f', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    compile('from __future__ import nonexistent_feature', 'f', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    compile('x = 1\nfrom __future__ import annotations', 'f', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg, e.lineno)
print(compile('"docstring"\nfrom __future__ import annotations\nv: undefined = 1\n', 'ok', 'exec').co_name)
