# tb_lineno values through nested calls and re-raises.
def level3():
    x = 1
    raise KeyError('deep')
def level2():
    return level3()
def level1():
    try:
        level2()
    except KeyError:
        raise
def walk(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out
try:
    level1()
except KeyError as e:
    print(walk(e.__traceback__))
def multi_line_call():
    return (
        1 +
        int('not a number')
    )
try:
    multi_line_call()
except ValueError as e:
    print(walk(e.__traceback__))
def raise_from():
    try:
        {}['k']
    except KeyError as k:
        raise RuntimeError('wrapped') from k
try:
    raise_from()
except RuntimeError as e:
    print(walk(e.__traceback__), walk(e.__cause__.__traceback__))
def in_loop():
    for i in range(3):
        if i == 2:
            raise IndexError(i)
try:
    in_loop()
except IndexError as e:
    print(walk(e.__traceback__))
try:
    exec('a = 1\nb = 2\nc = undefined\n')
except NameError as e:
    print([(n, l) for n, l in walk(e.__traceback__)])
try:
    eval('(1 +\n 1 / 0)')
except ZeroDivisionError as e:
    print(walk(e.__traceback__))
def gen():
    yield 1
    raise ValueError('in generator')
try:
    list(gen())
except ValueError as e:
    print(walk(e.__traceback__))
