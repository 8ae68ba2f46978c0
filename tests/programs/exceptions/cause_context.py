# __cause__, __context__ and __suppress_context__ behaviour.
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
try:
    implicit()
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
def explicit():
    try:
        {}['k']
    except KeyError as k:
        raise RuntimeError('explicit') from k
try:
    explicit()
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def suppressed():
    try:
        [][0]
    except IndexError:
        raise TypeError('no context shown') from None
try:
    suppressed()
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
def chain3():
    try:
        try:
            raise KeyError('a')
        except KeyError:
            raise ValueError('b')
    except ValueError:
        raise TypeError('c')
try:
    chain3()
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(' <- '.join(chain))
e = ValueError('manual')
e.__cause__ = KeyError('set by hand')
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = 'not an exception'
except TypeError as err:
    print('TypeError:', err)
try:
    raise ValueError from 5
except TypeError as err:
    print('TypeError:', err)
def self_context():
    err = ValueError('same')
    try:
        raise err
    except ValueError:
        try:
            raise err
        except ValueError as again:
            return again.__context__
print(self_context())
def reraise_keeps():
    try:
        try:
            raise KeyError('inner')
        except KeyError:
            raise
    except KeyError as e:
        return e.__context__
print(reraise_keeps())
