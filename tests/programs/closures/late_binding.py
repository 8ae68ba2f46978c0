# Closures capture variables, not values: late binding and workarounds.
fs = [lambda: i for i in range(4)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(4)]
print([f() for f in fs])
def make_multipliers():
    return [lambda x: i * x for i in range(4)]
print([m(10) for m in make_multipliers()])
def make_multipliers_fixed():
    def mk(i):
        return lambda x: i * x
    return [mk(i) for i in range(4)]
print([m(10) for m in make_multipliers_fixed()])
def changes_after():
    v = 'before'
    f = lambda: v
    v = 'after'
    return f()
print(changes_after())
def loop_closure():
    funcs = []
    for name in ['a', 'b', 'c']:
        def f():
            return name
        funcs.append(f)
    name = 'overwritten'
    return [f() for f in funcs]
print(loop_closure())
def cell_shared():
    x = 0
    def get(): return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
g, s = cell_shared()
print(g()); s(99); print(g())
gens = [(lambda: j for _ in range(1)) for j in range(3)]
print([next(g)() for g in gens])
def closure_over_param(p):
    def show():
        return p
    p = p * 2
    return show
print(closure_over_param(21)())
