# Generator expression scoping: first iterable evaluated eagerly, the rest lazily.
x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
def first_eager():
    log = []
    def it(name, n):
        log.append(name)
        return range(n)
    gen = (a * b for a in it('outer', 2) for b in it('inner', 2))
    print('created:', log)
    result = list(gen)
    print('consumed:', log, result)
first_eager()
class C:
    items = [1, 2, 3]
    total = sum(i for i in items)
    try:
        pairs = list((i, j) for i in items for j in items)
    except NameError as e:
        pairs = 'NameError: ' + str(e)
print(C.total, C.pairs)
def uses_outer_loop_var():
    out = []
    for k in range(3):
        out.append(list(k * j for j in range(3)))
    return out
print(uses_outer_loop_var())
i = 'global i'
gen = (i for i in 'abc')
print(list(gen), i)
try:
    gen2 = (y for y in undefined_name)
except NameError as e:
    print('NameError at creation:', e)
gen3 = (undefined_name2 for y in [1])
try:
    next(gen3)
except NameError as e:
    print('NameError at iteration:', e)
