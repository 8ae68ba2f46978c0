# __exit__ receives exception info; truthy return suppresses; exit errors chain.
class Rec:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.info = (t.__name__ if t else None, str(v) if v else None, tb is not None)
        return t is ZeroDivisionError
with Rec() as r:
    pass
print(r.info)
with Rec() as r:
    1 / 0
print(r.info)
try:
    with Rec() as r:
        raise ValueError('v')
except ValueError:
    print('propagated', r.info)
class Exploding:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError('exit exploded')
try:
    with Exploding():
        raise ValueError('original')
except RuntimeError as e:
    print(repr(e), 'context:', repr(e.__context__))
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return 'non-empty string'
def g():
    with Truthy():
        raise IndexError
    return 'swallowed, continued'
print(g())
class Order:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print('enter', self.n); return self
    def __exit__(self, *a):
        print('exit', self.n); return False
with Order(1), Order(2), Order(3):
    print('body')
try:
    with Order(1), Order(2):
        raise StopIteration
except StopIteration:
    print('StopIteration escaped with')
class OnlyEnter:
    def __enter__(self): return 1
try:
    with OnlyEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
