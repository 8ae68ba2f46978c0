# Python 3.11 comprehension scoping: own function scope, iteration variable does not leak.
x = 'outer x'
result = [x for x in range(3)]
print(result, x)
def f():
    y = 'local'
    r = [y for _ in range(2)]
    return r
print(f())
class C:
    val = 5
    first = [val for _ in range(2)] if False else None
    try:
        bad = [val * i for i in range(3)]
    except NameError as e:
        bad = 'NameError: ' + str(e)
    ok = [i * 2 for i in range(3)]
    outermost = [i for i in [val, val]]
print(C.bad, C.ok, C.outermost)
def walrus_leaks():
    [last := n for n in range(5)]
    return last
print(walrus_leaks())
try:
    compile('[i := 0 for i in range(3)]', 's', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    compile('class K:\n    [y := 1 for _ in range(1)]\n', 's', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    compile('[x for x in (y := [1])]', 's', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
def comp_sees_enclosing():
    factor = 3
    return [factor * v for v in range(3)]
print(comp_sees_enclosing())
def comp_in_nested_def():
    items = [1, 2]
    def inner():
        return [i + len(items) for i in items]
    return inner()
print(comp_in_nested_def())
print([locals().get('x') for x in [1]], 'x' in dir())
g = [lambda: i for i in range(3)]
print([fn() for fn in g])
print({i for i in range(3)}, i if 'i' in dir() else 'i not defined')
