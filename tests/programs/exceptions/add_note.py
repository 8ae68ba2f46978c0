# PEP 678 notes: add_note and __notes__.
e = ValueError('base')
print(hasattr(e, '__notes__'))
e.add_note('first note')
e.add_note('second note')
print(e.__notes__, str(e), e.args)
try:
    e.add_note(42)
except TypeError as err:
    print('TypeError:', err)
def enrich():
    try:
        int('x')
    except ValueError as err:
        err.add_note('while parsing config')
        raise
try:
    enrich()
except ValueError as err:
    print(err, err.__notes__)
e2 = KeyError('k')
e2.__notes__ = ['preset']
e2.add_note('appended')
print(e2.__notes__)
e3 = TypeError('t')
e3.__notes__ = 'not a list'
try:
    e3.add_note('x')
except TypeError as err:
    print('TypeError:', err)
class MyErr(Exception):
    pass
m = MyErr()
for i in range(3):
    m.add_note('note %d' % i)
print(m.__notes__, len(m.__notes__))
eg = ExceptionGroup('group', [ValueError('v')])
eg.add_note('group note')
print(eg.__notes__, eg.exceptions[0].__dict__)
del m.__notes__
print(hasattr(m, '__notes__'))
