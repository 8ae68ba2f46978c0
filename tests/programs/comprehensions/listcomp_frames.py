# In 3.11 comprehensions run in their own function frame (named <listcomp>, <dictcomp>, ...).
import sys
print([sys._getframe().f_code.co_name for _ in range(1)])
print({sys._getframe().f_code.co_name for _ in range(1)})
print({k: sys._getframe().f_code.co_name for k in range(1)})
print(list(sys._getframe().f_code.co_name for _ in range(1)))
print([sys._getframe(1).f_code.co_name for _ in range(1)])
def func():
    return [sys._getframe(1).f_code.co_name for _ in range(1)]
print(func())
def outer_locals():
    a = 1
    return [sorted(locals()) for _ in range(1)]
print(outer_locals())
def uses_a():
    a = 1
    return [sorted(locals()) for _ in range(1) if a]
print(uses_a())
def capture_loop_var():
    return [(lambda: x)() for x in range(3)]
print(capture_loop_var())
try:
    [1 / 0 for _ in range(1)]
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
code = compile('[x for x in y]', 'c', 'eval')
inner = [c for c in code.co_consts if hasattr(c, 'co_name')]
print([c.co_name for c in inner], [c.co_varnames for c in inner])
print(len([0 for _ in range(10) for _ in range(10)]))
