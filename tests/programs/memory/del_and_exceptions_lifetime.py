# Tracebacks keep frames (and their locals) alive until the exception is released.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('  del', self.name)
def fail():
    r = Res('frame local')
    raise ValueError('boom')
print('calling fail')
try:
    fail()
except ValueError as e:
    print('in handler, local still alive via traceback')
print('after handler (e was deleted)')
saved = None
try:
    fail()
except ValueError as e:
    saved = e
print('exception saved; local kept alive')
saved = None
print('saved dropped')
def swallow():
    try:
        fail()
    except ValueError:
        print('swallowed inside function')
    print('function returning')
swallow()
print('after swallow')
class Ctx:
    def __enter__(self):
        return Res('context value')
    def __exit__(self, *exc):
        print('  exit')
with Ctx() as v:
    print('in with block')
del v
print('after with')
def gen():
    r = Res('generator local')
    yield 1
    yield 2
g = gen()
next(g)
print('generator suspended')
del g
print('generator dropped')
def loop():
    for i in range(2):
        tmp = Res('loop %d' % i)
    print('loop done')
loop()
print('end')
