# Generator state inspection: gi_running, gi_frame, gi_code, re-entrancy error.
def g():
    yield 1
    yield 2
gen = g()
print(gen.gi_running, gen.gi_frame.f_lineno > 0, gen.gi_code.co_name, gen.__name__, gen.__qualname__)
print(next(gen))
print(gen.gi_frame is not None)
print(list(gen), gen.gi_frame)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print('ValueError:', e)
def introspect():
    yield me2.gi_running
me2 = introspect()
print(next(me2))
def suspended_yield_from():
    yield from inner()
def inner():
    yield 'x'
sy = suspended_yield_from()
print(sy.gi_yieldfrom)
next(sy)
print(type(sy.gi_yieldfrom).__name__)
def named():
    yield
n = named()
n.__name__ = 'renamed'
print(n.__name__, n.gi_code.co_name)
class K:
    def method_gen(self):
        yield self
print(K().method_gen().__qualname__)
def exhaust():
    yield 1
e = exhaust()
list(e)
print(next(e, 'exhausted default'), list(e))
def raises():
    yield 1
    raise KeyError('boom')
r = raises()
next(r)
try:
    next(r)
except KeyError as ex:
    print('KeyError', ex)
print(next(r, 'finished after error'))
