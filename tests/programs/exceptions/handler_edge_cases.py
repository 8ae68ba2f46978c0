# Exceptions raised in except/else/finally, and handler evaluation order.
def raise_in_except():
    try:
        raise ValueError('original')
    except ValueError:
        raise KeyError('from except')
try:
    raise_in_except()
except KeyError as e:
    print(repr(e), '<-', repr(e.__context__))
def raise_in_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise TypeError('from else')
    finally:
        print('finally after else raised')
try:
    raise_in_else()
except TypeError as e:
    print(repr(e), e.__context__)
def finally_replaces():
    try:
        raise ValueError('lost')
    finally:
        raise KeyError('replacement')
try:
    finally_replaces()
except KeyError as e:
    print(repr(e), '<-', repr(e.__context__))
log = []
def exc_type(name, t):
    log.append(name)
    return t
try:
    raise KeyError
except exc_type('first', ValueError):
    pass
except exc_type('second', KeyError):
    log.append('matched second')
except exc_type('third', Exception):
    pass
print(log)
def handler_raises_same():
    try:
        raise ValueError('x')
    except ValueError as e:
        raise e
try:
    handler_raises_same()
except ValueError as e:
    print('same object, context:', e.__context__)
def deep_finally():
    out = []
    for i in range(2):
        try:
            try:
                raise IndexError(i)
            finally:
                out.append('inner %d' % i)
        except IndexError as e:
            out.append('caught %s' % e)
        finally:
            out.append('outer %d' % i)
    return out
print(deep_finally())
