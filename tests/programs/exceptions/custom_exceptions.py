# User-defined exception hierarchies with extra attributes and formatting.
class AppError(Exception):
    code = 1
    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail
    def __str__(self):
        base = super().__str__()
        return '%s [code=%d]%s' % (base, self.code, ' (' + self.detail + ')' if self.detail else '')
class NotFound(AppError):
    code = 404
class Forbidden(AppError):
    code = 403
errors = [AppError('generic'), NotFound('page', detail='/index'), Forbidden('nope')]
for err in errors:
    try:
        raise err
    except NotFound as e:
        print('NotFound handler:', e, repr(e))
    except AppError as e:
        print('AppError handler:', e, e.code, e.args)
class Retryable(Exception):
    pass
class Timeout(Retryable, TimeoutError):
    pass
t = Timeout('slow')
print(isinstance(t, OSError), isinstance(t, Retryable), [c.__name__ for c in Timeout.__mro__])
try:
    raise Timeout('op timed out')
except OSError as e:
    print('caught as OSError:', type(e).__name__, e)
class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr!'
print(repr(WithRepr()), str(WithRepr('s')), [WithRepr()])
class ValueAndKey(ValueError, KeyError):
    pass
try:
    raise ValueAndKey('both')
except KeyError as e:
    print('caught via KeyError:', repr(e), str(e))
class Empty(Exception):
    pass
print(repr(Empty()), str(Empty()), Empty().args, Empty.__doc__)
class Documented(Exception):
    """Some documentation."""
print(Documented.__doc__, ValueError.__doc__)
e1, e2 = ValueError('x'), ValueError('x')
print(e1 == e2, e1 == e1, e1 != e2)
class Slotted(Exception):
    __slots__ = ('extra',)
s = Slotted('m')
s.extra = 5
print(s.extra, s.args)
