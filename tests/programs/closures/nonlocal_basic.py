# nonlocal rebinding across one and several levels.
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc(), get())
inc2, get2 = counter()
print(inc2(), get(), get2())
def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def shadow():
    x = 1
    def f():
        x = 2
        def g():
            nonlocal x
            x = 3
        g()
        return x
    return f(), x
print(shadow())
def accumulate():
    items = []
    total = 0
    def add(v):
        nonlocal total
        items.append(v)
        total += v
        return total, len(items)
    return add
a = accumulate()
print(a(10), a(20), a(-5))
def swap_pair():
    a, b = 1, 2
    def swap():
        nonlocal a, b
        a, b = b, a
    swap()
    return a, b
print(swap_pair())
def nonlocal_in_loop():
    last = None
    def record(v):
        nonlocal last
        last = v
    for i in range(5):
        record(i * i)
    return last
print(nonlocal_in_loop())
