# __traceback__ objects: presence, tb_next chain, tb_lineno, with_traceback.
def f():
    raise ValueError('in f')
def g():
    f()
try:
    g()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
e = ValueError('never raised')
print(e.__traceback__)
try:
    raise e
except ValueError:
    pass
print(type(e.__traceback__).__name__, e.__traceback__.tb_lineno)
e2 = KeyError('k')
try:
    raise e2.with_traceback(None)
except KeyError as caught:
    print(caught is e2, caught.__traceback__.tb_next)
def capture():
    try:
        1 / 0
    except ZeroDivisionError as z:
        return z
z = capture()
print(z.__traceback__.tb_frame.f_code.co_name, z.__traceback__.tb_lineno)
new = RuntimeError('copy tb').with_traceback(z.__traceback__)
print(new.__traceback__ is z.__traceback__)
try:
    ValueError().with_traceback('bad')
except TypeError as te:
    print('TypeError:', te)
def reraise_appends():
    try:
        f()
    except ValueError as err:
        raise err
try:
    reraise_appends()
except ValueError as err:
    t = err.__traceback__
    count = 0
    while t:
        count += 1
        t = t.tb_next
    print('frames in traceback:', count)
print(z.__traceback__.tb_lasti >= 0, hasattr(z.__traceback__, 'tb_frame'))
