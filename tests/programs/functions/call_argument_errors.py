# Errors from unpacking call arguments name the callable as CPython does.
def f(*a, **k): pass
for call in [lambda: f(**{1: 2}), lambda: f(x=1, **{1: 2}), lambda: f(**{'a': 1}, **{'a': 2}), lambda: f(**[1]), lambda: f(*1), lambda: print(**{1:2}), lambda: print(*1)]:
    try:
        call()
    except TypeError as e:
        print(e)
