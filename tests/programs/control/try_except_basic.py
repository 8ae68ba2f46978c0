# try/except/else/finally ordering and exception matching.
def run(n):
    try:
        print('try', n)
        if n == 1:
            raise ValueError('one')
        if n == 2:
            raise KeyError('two')
        if n == 3:
            raise TypeError('three')
    except ValueError as e:
        print('ValueError', e)
    except (KeyError, IndexError) as e:
        print('Lookup', repr(e))
    except Exception as e:
        print('other', type(e).__name__, e)
    else:
        print('else')
    finally:
        print('finally')
for n in range(4):
    run(n)
try:
    try:
        1 / 0
    finally:
        print('inner finally')
except ZeroDivisionError:
    print('outer caught')
try:
    raise IndexError('idx')
except LookupError as e:
    print('caught by base class', type(e).__name__)
e = 'before'
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print('NameError:', err)
try:
    raise ValueError('x')
except:
    print('bare except')
def f():
    try:
        return 'try'
    finally:
        print('finally before return')
print(f())
errs = (ValueError, TypeError)
try:
    int('x')
except errs as ex:
    print('tuple variable', type(ex).__name__)
try:
    [][0]
except IndexError:
    print('IndexError without binding')
try:
    pass
except Exception:
    print('no')
else:
    print('else without exception')
