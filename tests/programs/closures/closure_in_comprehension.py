# Closures created in comprehensions and generator expressions.
fs = [lambda: x for x in range(3)]
print([f() for f in fs])
fs = [(lambda y: lambda: y)(x) for x in range(3)]
print([f() for f in fs])
def outer():
    factor = 10
    return [lambda v, i=i: (v + i) * factor for i in range(3)]
print([f(1) for f in outer()])
def gen_capture():
    n = 1
    g = (n * i for i in range(3))
    n = 100
    return list(g)
print(gen_capture())
def gen_first_iter():
    seq = [1, 2]
    g = (x for x in seq)
    seq = [7, 8, 9]
    return list(g)
print(gen_first_iter())
d = {k: (lambda k=k: k * 2) for k in 'ab'}
print({k: f() for k, f in d.items()})
def nested_comp():
    base = 5
    return [[base + i + j for j in range(2)] for i in range(3)]
print(nested_comp())
def nonlocal_from_comp():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return [add(i) for i in range(5)], total
print(nonlocal_from_comp())
x = 'module'
print([x for _ in range(2)], [(lambda: x)() for x in 'ab'], x)
