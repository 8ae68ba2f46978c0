# except clause matching with class hierarchies, tuples and re-raise.
class AppError(Exception): pass
class DbError(AppError): pass
class NetError(AppError): pass
def trial(exc):
    try:
        raise exc
    except DbError:
        return 'DbError handler'
    except (NetError, KeyError):
        return 'Net/Key handler'
    except AppError as e:
        return 'AppError handler ' + type(e).__name__
    except Exception:
        return 'generic'
class Other(AppError): pass
for exc in (DbError, NetError(), KeyError('k'), Other, ValueError):
    print(trial(exc))
def reraise():
    try:
        raise ValueError('inner')
    except ValueError:
        print('handling then re-raising')
        raise
try:
    reraise()
except ValueError as e:
    print('outer got', e)
try:
    try:
        raise TypeError('t')
    except ValueError:
        print('wrong handler')
except TypeError as e:
    print('propagated past non-matching handler:', e)
def dynamic(kind):
    try:
        raise kind('dyn')
    except kind as e:
        return 'matched ' + kind.__name__
print(dynamic(OSError), dynamic(ArithmeticError))
try:
    try:
        raise ValueError(1)
    except 42:
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    raise BaseException('base')
except Exception:
    print('not here')
except BaseException as e:
    print('BaseException caught', e)
