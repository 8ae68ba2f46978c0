# Class bodies are executed code: statements, loops, locals(), and definition order.
print('before class')
class C:
    print('executing class body')
    x = 1
    for i in range(3):
        x *= 2
    del i
    if x > 5:
        big = True
    else:
        big = False
    names = sorted(k for k in locals() if not k.startswith('__'))
    def method(self):
        return self.x
    try:
        raise ValueError('in class body')
    except ValueError as e:
        caught = str(e)
    squares = {n: n * n for n in range(4)}
print('after class')
print(C.x, C.big, C.names, C.caught, C.squares, C().method())
print('__module__' in C.__dict__, '__qualname__' in C.__dict__, C.__module__)
def factory(n):
    class Made:
        value = n
        doubled = n * 2
    return Made
print(factory(3).doubled, factory(4).value, factory(3) is factory(3))
class Counter:
    total = 0
    for _ in range(5):
        total += _
print(Counter.total, hasattr(Counter, '_'))
class WithLocals:
    a = 1
    b = a + 1
    snapshot = dict(locals())
print(sorted(k for k in WithLocals.snapshot if not k.startswith('__')))
class Early:
    try:
        print(undefined_here)
    except NameError as e:
        err = str(e)
print(Early.err)
class Returns:
    def f(self): return 'f'
    g = f
print(Returns().g(), Returns.g is Returns.f)
