# Inspecting exceptions: type name, module, mro, args, traceback frames' code and locals.
def fail(x):
    y = x * 2
    raise ValueError('bad value %d' % y)
try:
    fail(21)
except ValueError as e:
    print(type(e).__name__, type(e).__module__, type(e).__qualname__, e.args)
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    frame = tb.tb_frame
    print(frame.f_code.co_name, sorted(frame.f_locals.items()), tb.tb_lineno)
    print(frame.f_back.f_code.co_name if frame.f_back else None)
class Custom(KeyError):
    pass
c = Custom('k')
print([k.__name__ for k in type(c).__mro__], type(c).__module__, str(c), repr(c))
print(sorted(k for k in vars(ValueError) if not k.startswith('_')), ValueError.__doc__)
print(BaseException.__new__.__name__, type(BaseException.args).__name__, type(BaseException.__dict__['args']).__name__)
e = OSError(2, 'No such file')
print(sorted(a for a in ('errno', 'strerror', 'filename', 'filename2', 'characters_written') if hasattr(e, a)))
print(SyntaxError('m').__class__.__mro__[1].__name__, StopIteration().value, SystemExit(4).code)
print(KeyError.__init__ is Exception.__init__, ValueError.__str__ is BaseException.__str__, KeyError.__str__ is BaseException.__str__)
