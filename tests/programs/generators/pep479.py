# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def bad():
    yield 1
    raise StopIteration('leaked')
g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError:', e)
    print('cause:', repr(e.__cause__), e.__cause__ is e.__context__)
def next_on_empty():
    it = iter([])
    yield next(it)
try:
    list(next_on_empty())
except RuntimeError as e:
    print('RuntimeError:', e, type(e.__cause__).__name__)
def safe():
    it = iter([1, 2])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(safe()))
def sub_class():
    class MyStop(StopIteration):
        pass
    yield 1
    raise MyStop
try:
    list(sub_class())
except RuntimeError as e:
    print('RuntimeError:', e, type(e.__cause__).__name__)
def ret_value():
    yield 1
    return 'done'
g = ret_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print('normal return StopIteration', e.value)
print(list(x for x in [1, 2] if True))
def gen_in_genexp():
    try:
        return list(next(iter([])) for _ in range(1))
    except RuntimeError as e:
        return 'RuntimeError in genexp: ' + str(e)
print(gen_in_genexp())
try:
    print([next(iter([])) for _ in range(1)])
except StopIteration:
    print('list comprehension lets StopIteration propagate')
async def coro():
    raise StopIteration('in coroutine')
c = coro()
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
