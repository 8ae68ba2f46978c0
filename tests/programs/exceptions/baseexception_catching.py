# BaseException subclasses bypass 'except Exception'; catching them explicitly.
for exc in (KeyboardInterrupt, SystemExit, GeneratorExit, ValueError):
    try:
        try:
            raise exc
        except Exception:
            print(exc.__name__, 'caught by except Exception')
    except BaseException as e:
        print(exc.__name__, 'escaped to except BaseException:', type(e).__name__)
try:
    raise SystemExit(5)
except SystemExit as e:
    print('SystemExit code', e.code, e.args)
try:
    raise KeyboardInterrupt('manual')
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', e.args)
class MyBase(BaseException):
    pass
try:
    try:
        raise MyBase('custom base')
    except Exception:
        print('not here')
except MyBase as e:
    print('custom BaseException subclass:', e)
def cleanup_runs():
    try:
        raise SystemExit('exiting')
    finally:
        print('finally runs even for SystemExit')
try:
    cleanup_runs()
except SystemExit as e:
    print('code:', e.code)
try:
    raise GeneratorExit
except BaseException as e:
    print(repr(e), isinstance(e, Exception))
try:
    try:
        raise KeyboardInterrupt
    except:
        print('bare except catches KeyboardInterrupt')
        raise ValueError('converted')
except ValueError as e:
    print(repr(e), repr(e.__context__))
