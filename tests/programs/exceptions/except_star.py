# except* with ExceptionGroup: splitting, multiple handlers, re-raise of unhandled.
def raise_group():
    raise ExceptionGroup('many', [ValueError('v1'), TypeError('t1'), ValueError('v2'), KeyError('k')])
try:
    raise_group()
except* ValueError as g:
    print('ValueErrors:', [str(e) for e in g.exceptions], type(g).__name__, g.message)
except* TypeError as g:
    print('TypeErrors:', [str(e) for e in g.exceptions])
except* LookupError as g:
    print('LookupErrors:', [repr(e) for e in g.exceptions])
try:
    try:
        raise_group()
    except* ValueError:
        print('handled only ValueError')
except ExceptionGroup as rest:
    print('remaining:', rest.message, [type(e).__name__ for e in rest.exceptions])
try:
    raise ValueError('naked')
except* ValueError as g:
    print('naked wrapped:', type(g).__name__, repr(g.exceptions))
nested = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [ValueError('b'), OSError('c')])])
try:
    raise nested
except* ValueError as g:
    print('nested values:', repr(g))
except* OSError as g:
    print('nested os:', repr(g))
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError:
        raise KeyError('new in handler')
except ExceptionGroup as g:
    print('raised in handler:', repr(g), [type(e).__name__ for e in g.exceptions])
except KeyError as k:
    print('bare KeyError', k)
try:
    raise ExceptionGroup('base', [KeyboardInterrupt()])
except TypeError as te:
    print('TypeError:', te)
try:
    raise BaseExceptionGroup('base', [KeyboardInterrupt()])
except* KeyboardInterrupt as g:
    print('caught KeyboardInterrupt group', type(g).__name__)
for src in ['try:\n    pass\nexcept* ExceptionGroup:\n    pass\n',
            'try:\n    pass\nexcept* (ValueError, ExceptionGroup):\n    pass\n',
            'try:\n    pass\nexcept*:\n    pass\n']:
    try:
        exec(src)
    except (TypeError, SyntaxError) as err:
        print(type(err).__name__ + ':', err.msg if isinstance(err, SyntaxError) else err)
def f():
    for i in range(2):
        try:
            raise ExceptionGroup('x', [ValueError()])
        except* ValueError:
            pass
    return 'loop ok'
print(f())
