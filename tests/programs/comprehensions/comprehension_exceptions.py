# Exceptions raised inside comprehensions and tracebacks through them.
def safe_div(nums):
    try:
        return [10 // n for n in nums]
    except ZeroDivisionError as e:
        return 'ZeroDivisionError: ' + str(e)
print(safe_div([1, 2, 5]), safe_div([1, 0]))
def parse_all(strs):
    out = []
    for s in strs:
        try:
            out.append([int(p) for p in s.split(',')])
        except ValueError as e:
            out.append(str(e))
    return out
print(parse_all(['1,2', '3,x', '']))
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print('ValueError:', e)
try:
    [x.missing for x in [1]]
except AttributeError as e:
    print('AttributeError:', e)
try:
    {undefined for _ in range(1)}
except NameError as e:
    print('NameError:', e)
def gen_raises():
    yield 1
    raise KeyError('from generator')
try:
    [x for x in gen_raises()]
except KeyError as e:
    print('KeyError:', e)
try:
    [1 for _ in None]
except TypeError as e:
    print('TypeError:', e)
class Stop:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print([x for x in Stop()])
def check_traceback():
    try:
        [1 / 0 for _ in range(1)]
    except ZeroDivisionError as e:
        tb = e.__traceback__
        depth = 0
        while tb:
            depth += 1
            tb = tb.tb_next
        return depth
print(check_traceback())
