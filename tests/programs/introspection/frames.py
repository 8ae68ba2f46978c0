# Frame objects via sys._getframe: f_lineno, f_code, f_back, f_locals, f_globals.
import sys
def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno
print(where())
def outer():
    x = 'outer local'
    return inner()
def inner():
    f = sys._getframe()
    back = f.f_back
    return (f.f_code.co_name, f.f_lineno, back.f_code.co_name, back.f_lineno, back.f_locals['x'])
print(outer())
def depth():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n
print(depth(), (lambda: depth())())
top = sys._getframe()
print(top.f_code.co_name, top.f_back is None, top.f_globals is globals(), top.f_locals is globals())
try:
    sys._getframe(1000)
except ValueError as e:
    print('ValueError:', e)
def line_tracker():
    lines = [sys._getframe().f_lineno]
    lines.append(sys._getframe().f_lineno)

    lines.append(sys._getframe().f_lineno)
    return lines
print(line_tracker())
def locals_snapshot(a, b=5):
    c = a * b
    return sorted(sys._getframe().f_locals.items())
print(locals_snapshot(2))
class C:
    frame_name = sys._getframe().f_code.co_name
    frame_line = sys._getframe().f_lineno
print(C.frame_name, C.frame_line)
def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name
print(list(gen()))
f = sys._getframe()
print(type(f).__name__, f.f_builtins is not None, f.f_lasti >= 0, type(f.f_lineno).__name__)
print([sys._getframe(i).f_code.co_name for i in range(1)])
