# Uncaught ExceptionGroup: the traceback display ends with a box-drawing line.
def task(n):
    if n % 2:
        raise ValueError('task %d failed' % n)
    return n * 10
results = []
errors = []
for n in range(5):
    try:
        results.append(task(n))
    except ValueError as e:
        errors.append(e)
print(results)
print([str(e) for e in errors])
try:
    raise ExceptionGroup('partial', errors)
except* ValueError as g:
    print('handled group of', len(g.exceptions))
eg = ExceptionGroup('batch failed', errors + [KeyError('k')])
print(eg.message, len(eg.exceptions), repr(eg.exceptions[-1]))
print(str(eg))
print(eg.split(KeyError)[0].exceptions)
print('raising for real')
raise eg
