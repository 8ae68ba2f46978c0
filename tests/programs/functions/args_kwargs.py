# *args and **kwargs collection, forwarding and mutation.
def collect(*args, **kwargs):
    print(type(args).__name__, args, type(kwargs).__name__, kwargs)
collect()
collect(1, 2, x=3)
collect(*[], **{})
def forward(*a, **k):
    return collect(*a, **k)
forward(1, *(2, 3), y=4, **{'z': 5})
def mutate(**kw):
    kw['added'] = True
    return kw
d = {'a': 1}
r = mutate(**d)
print(d, r, r is d)
def order(**kw):
    return list(kw)
print(order(c=1, a=2, b=3), order(**{'z': 1, 'y': 2}, x=3))
def weird_keys(**kw):
    return kw
print(weird_keys(**{'with space': 1, '1digit': 2, '': 3}))
try:
    weird_keys(**{1: 2})
except TypeError as e:
    print('TypeError:', e)
try:
    collect(**[1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    collect(*5)
except TypeError as e:
    print('TypeError:', e)
class Mapping:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k.upper()
collect(**Mapping())
def gen():
    yield 'g1'
    yield 'g2'
collect(*gen(), *'st')
def first_rest(first, *rest, **opts):
    return first, rest, opts
print(first_rest(*range(5), flag=True))
print(first_rest('only'))
def kwargs_then_named(a, **kw):
    return a, kw
print(kwargs_then_named(**{'a': 1, 'b': 2}))
