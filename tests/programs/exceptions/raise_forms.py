# raise forms: class, instance, bare re-raise, non-exception errors.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError('inst')
except ValueError as e:
    print(repr(e))
try:
    raise 42
except TypeError as e:
    print('TypeError:', e)
try:
    raise object
except TypeError as e:
    print('TypeError:', e)
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print('TypeError:', e)
class WeirdInit(Exception):
    def __init__(self):
        raise KeyError('init failed')
try:
    raise WeirdInit
except KeyError as e:
    print('KeyError from __init__:', e)
def handler():
    try:
        raise KeyError('first')
    except KeyError:
        try:
            raise ValueError('second')
        except ValueError:
            pass
        raise
try:
    handler()
except KeyError as e:
    print('re-raised the right one:', e)
def raise_in_finally_after_return():
    try:
        return 'value'
    finally:
        pass
print(raise_in_finally_after_return())
excs = [ValueError, TypeError('t'), KeyError]
for exc in excs:
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, e.args)
class ExcReturnsOther(Exception):
    def __new__(cls, *a):
        return ValueError('substituted')
try:
    raise ExcReturnsOther
except TypeError as e:
    print('TypeError:', e)
except ValueError as e:
    print('ValueError:', e)
