# Return statements in generators: values, bare return, return inside try/finally.
def early(n):
    for i in range(n):
        if i == 3:
            return 'stopped at 3'
        yield i
g = early(10)
print(list(g))
def get_return(gen):
    try:
        while True:
            next(gen)
    except StopIteration as e:
        return e.value
print(get_return(early(10)), get_return(early(2)))
def bare():
    yield 1
    return
print(get_return(bare()))
def ret_in_finally():
    try:
        yield 1
        return 'from try'
    finally:
        print('finally runs on return')
print(get_return(ret_in_finally()))
def ret_tuple():
    yield
    return 1, 2
print(get_return(ret_tuple()))
def ret_stopiteration_obj():
    yield
    return StopIteration('as value')
v = get_return(ret_stopiteration_obj())
print(type(v).__name__, v)
def wrap():
    result = yield from early(10)
    yield 'wrapped: ' + result
print(list(wrap()))
def ret_none_explicit():
    yield 'x'
    return None
e = None
try:
    g = ret_none_explicit()
    next(g)
    next(g)
except StopIteration as exc:
    e = exc
print(e.value, e.args)
def ret_list():
    return [1, 2]
    yield
try:
    next(ret_list())
except StopIteration as exc:
    print('immediate return', exc.value, exc.args)
