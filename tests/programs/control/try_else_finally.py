# Order of else/finally with returns, and exceptions raised in else.
def f(raise_in_try, raise_in_else):
    log = []
    try:
        try:
            log.append('try')
            if raise_in_try:
                raise ValueError
        except ValueError:
            log.append('except')
        else:
            log.append('else')
            if raise_in_else:
                raise KeyError('from else')
        finally:
            log.append('finally')
    except KeyError as e:
        log.append('outer ' + str(e))
    return log
for a in (False, True):
    for b in (False, True):
        print(a, b, f(a, b))
def g():
    try:
        pass
    except Exception:
        return 'except'
    else:
        return 'else'
    finally:
        print('g finally')
print(g())
def h():
    try:
        return 'try'
    except Exception:
        pass
    else:
        return 'else never'
    finally:
        print('h finally')
print(h())
def k():
    for i in range(3):
        try:
            pass
        except Exception:
            pass
        else:
            if i == 1:
                break
        finally:
            print('k', i)
    return i
print(k())
