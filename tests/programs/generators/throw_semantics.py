# throw() with exception classes/instances, traceback, and in nested try blocks.
def g():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('ValueError in gen:', e)
        except TypeError:
            print('TypeError in gen, re-raising as KeyError')
            raise KeyError('converted')
gen = g()
next(gen)
print(gen.throw(ValueError('first')))
print(gen.throw(ValueError))
try:
    gen.throw(TypeError)
except KeyError as e:
    print('KeyError out:', e, '| context:', type(e.__context__).__name__)
print(next(gen, 'generator is done'))
def h():
    yield 1
    yield 2
hh = h()
next(hh)
try:
    hh.throw(IndexError('not handled'))
except IndexError as e:
    print('IndexError propagates:', e)
print(list(hh))
def swallow_all():
    while True:
        try:
            yield
        except Exception as e:
            print('swallowed', type(e).__name__)
s = swallow_all()
next(s)
for exc in (ZeroDivisionError, OSError('io'), RuntimeError()):
    s.throw(exc)
try:
    s.throw(GeneratorExit)
except GeneratorExit:
    print('GeneratorExit is not an Exception subclass')
def stop():
    yield
st = stop()
next(st)
try:
    st.throw(StopIteration)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    stop().throw(42)
except TypeError as e:
    print('TypeError:', e)
