# Exception instances as ordinary objects: attributes, reuse, storage, comparison.
errors = []
for i in range(3):
    try:
        if i == 0:
            raise ValueError('zero')
        elif i == 1:
            raise KeyError(i)
        else:
            raise ZeroDivisionError
    except Exception as e:
        errors.append(e)
print([repr(e) for e in errors])
print([type(e).__name__ for e in errors], [e.args for e in errors])
e = errors[0]
e.custom = 'attached'
print(e.custom, e.__dict__)
for _ in range(2):
    try:
        raise e
    except ValueError as again:
        print('re-raised same instance:', again is e)
ex = RuntimeError('r')
print(isinstance(ex, Exception), isinstance(ex, BaseException), ex.__class__.__name__)
print(sorted(n for n in ('args', 'with_traceback', 'add_note', '__traceback__', '__cause__', '__context__') if hasattr(ex, n)))
copy = type(ex)(*ex.args)
print(repr(copy), copy is ex, copy.args == ex.args)
d = {ValueError: 'v', KeyError: 'k'}
print(d[type(errors[0])], d.get(type(errors[1])))
print(str(ValueError(1, 2)), str(ValueError((1, 2))), str(ValueError([])), str(ValueError({})))
print(BaseException('x').__reduce__()[0].__name__, BaseException('x').__reduce__()[1])
print(repr(Exception('a', 'b').__reduce__()[1]))
print(Exception.__new__(Exception).args, repr(Exception.__new__(ValueError, 1)))
