# Uncaught exception raised 'from' another: the last stderr line is the final exception.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError('could not parse %r' % text) from e
def load(items):
    out = []
    for item in items:
        out.append(parse(item))
        print('parsed', item)
    return out
print(load(['1', '2', '3']))
try:
    load(['4', 'x'])
except RuntimeError as e:
    print('caught', e, '<-', type(e.__cause__).__name__)
def implicit():
    try:
        {}['missing']
    except KeyError:
        print('handling KeyError')
        undefined_function()
try:
    implicit()
except NameError as e:
    print('NameError with context', type(e.__context__).__name__)
print('final attempt')
load(['5', 'six'])
