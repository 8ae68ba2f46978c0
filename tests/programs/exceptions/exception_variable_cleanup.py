# The 'as' target is deleted at the end of the except block.
try:
    raise ValueError('temp')
except ValueError as err:
    kept = err
print('err' in globals(), repr(kept))
def f():
    err = 'preexisting'
    try:
        raise KeyError
    except KeyError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(f())
def g():
    try:
        1 / 0
    except ZeroDivisionError as e:
        captured = lambda: e
    try:
        return captured()
    except NameError as ne:
        return 'NameError: ' + str(ne)
print(g())
def h():
    e = None
    try:
        raise TypeError('x')
    except TypeError as e:
        e = 'reassigned inside'
    return 'e' in locals()
print(h())
def nested_same_name():
    try:
        raise ValueError('outer')
    except ValueError as e:
        try:
            raise KeyError('inner')
        except KeyError as e:
            pass
        try:
            print(e)
        except UnboundLocalError:
            print('outer e also deleted by inner handler')
nested_same_name()
try:
    raise OSError('x')
except OSError as target_name:
    pass
print('target_name' in dir())
try:
    compile('try:\n    pass\nexcept ValueError as h.err:\n    pass\n', 'case', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
