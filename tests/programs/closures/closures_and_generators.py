# Generators closing over enclosing variables, and closures inside generators.
def make_gen():
    limit = 3
    def gen():
        for i in range(limit):
            yield i
    g = gen()
    limit = 5
    return list(g)
print(make_gen())
def gen_with_closures():
    for i in range(3):
        yield lambda: i
fs = list(gen_with_closures())
print([f() for f in fs])
g = gen_with_closures()
f0 = next(g)
print(f0())
f1 = next(g)
print(f0(), f1())
def stateful():
    total = 0
    def add(x):
        nonlocal total
        total += x
    for v in (yield 'ready'):
        add(v)
        yield total
s = stateful()
print(next(s))
print(s.send([1, 2, 3]), next(s), next(s))
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    while count < 3:
        bump()
        yield count
print(list(counter_gen()))
def outer():
    x = 'outer'
    def gen():
        nonlocal x
        x = 'modified by generator'
        yield x
    g = gen()
    before = x
    next(g)
    return before, x
print(outer())
