# Exceptions propagating through several frames with finally blocks.
log = []
def level3():
    try:
        log.append('l3 start')
        raise KeyError('deep')
    finally:
        log.append('l3 finally')
def level2():
    try:
        level3()
    except ValueError:
        log.append('l2 wrong handler')
    finally:
        log.append('l2 finally')
def level1():
    try:
        level2()
    except KeyError as e:
        log.append('l1 caught ' + repr(e))
        return 'handled'
print(level1())
for entry in log:
    print(entry)
def convert():
    try:
        int('abc')
    except ValueError as e:
        raise TypeError('converted') from e
try:
    convert()
except TypeError as e:
    print(e, '<-', repr(e.__cause__))
def cleanup_order():
    order = []
    try:
        try:
            try:
                raise OSError('io')
            finally:
                order.append(1)
        finally:
            order.append(2)
    except OSError:
        order.append('caught')
    finally:
        order.append(3)
    return order
print(cleanup_order())
