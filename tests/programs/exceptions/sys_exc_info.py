# sys.exc_info() and sys.exception() inside and outside handlers.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError('active')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
print(sys.exc_info(), sys.exception())
def nested():
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise TypeError('inner')
        except TypeError:
            print('inner:', repr(sys.exception()))
        print('back to outer:', repr(sys.exception()))
    print('after all:', sys.exception())
nested()
def in_finally():
    try:
        raise IndexError('in try')
    finally:
        print('in finally:', repr(sys.exception()))
try:
    in_finally()
except IndexError:
    pass
def called_from_handler():
    return repr(sys.exception())
try:
    raise RuntimeError('visible to callee')
except RuntimeError:
    print(called_from_handler())
def gen():
    try:
        raise ValueError('in gen')
    except ValueError:
        yield repr(sys.exception())
        yield repr(sys.exception())
g = gen()
print(next(g))
print(sys.exception())
print(next(g))
try:
    raise ZeroDivisionError
except ZeroDivisionError:
    print(list(g), sys.exc_info()[0].__name__)
