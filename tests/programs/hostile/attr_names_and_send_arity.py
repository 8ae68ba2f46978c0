# Attribute names that are not strings, send() without its argument, a class
# as __new__ of its base (fuzzer findings).
class C:
    def method(self): pass
async def coro_fn(): return 1
async def agen_fn(): yield 1
def gen_fn(): yield 1
co = coro_fn()
ag = agen_fn()
calls = [
 "super.__getattribute__(super(int, 1), None)",
 "C().method.__getattribute__(None)",
 "type.__setattr__(C, 1, 2)",
 "type.__delattr__(C, 1)",
 "object.__getattribute__(C(), 1)",
 "object.__setattr__(C(), 1, 2)",
 "object.__delattr__(C(), 1)",
 "co.__await__().send()",
 "BaseExceptionGroup.__class_getitem__()",
 "ag.asend(None).send()",
 "gen_fn().send()",
 "co.send()",
 "ag.asend()",
 "list.__class_getitem__()",
 "getattr(1, None)",
 "setattr(C(), None, 1)",
]
for c in calls:
    try:
        r = eval(c)
        print("OK", c, type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
co.close()
class A: pass
class B(A): pass
A.__new__ = B
try:
    A()
except RecursionError as e:
    print("RecursionError")
