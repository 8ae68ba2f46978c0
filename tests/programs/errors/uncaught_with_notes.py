# Notes added with add_note are printed after the exception line, so the last stderr line is a note.
def step(n):
    if n == 3:
        err = ValueError('step %d failed' % n)
        err.add_note('while running the pipeline')
        raise err
    return n
def pipeline():
    out = []
    for i in range(5):
        try:
            out.append(step(i))
        except ValueError as e:
            e.add_note('at index %d' % i)
            raise
        print('step', i, 'ok')
    return out
try:
    pipeline()
except ValueError as e:
    print('caught once:', e, e.__notes__)
e2 = KeyError('k')
e2.add_note('first')
print(e2.__notes__)
print('second run, uncaught')
pipeline()
