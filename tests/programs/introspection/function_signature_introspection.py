# Introspecting a function's parameters from __code__, __defaults__ and __kwdefaults__.
def describe(fn):
    co = fn.__code__
    names = co.co_varnames
    pos_only = names[:co.co_posonlyargcount]
    pos_or_kw = names[co.co_posonlyargcount:co.co_argcount]
    kw_only = names[co.co_argcount:co.co_argcount + co.co_kwonlyargcount]
    idx = co.co_argcount + co.co_kwonlyargcount
    varargs = names[idx] if co.co_flags & 0x04 else None
    if co.co_flags & 0x04:
        idx += 1
    varkw = names[idx] if co.co_flags & 0x08 else None
    return {'pos_only': pos_only, 'pos_or_kw': pos_or_kw, 'varargs': varargs, 'kw_only': kw_only,
            'varkw': varkw, 'defaults': fn.__defaults__, 'kwdefaults': fn.__kwdefaults__}
def f1(a, b, /, c, d=4, *rest, e, f=6, **opts): pass
def f2(): pass
def f3(*, only): pass
def f4(x, *args): pass
def f5(**kw): pass
def f6(p, /): pass
for fn in (f1, f2, f3, f4, f5, f6, lambda q=1: q):
    print(fn.__name__, describe(fn))
class Service:
    def handler(self, request, *, timeout=30): pass
    @staticmethod
    def helper(x, y): pass
    @classmethod
    def build(cls, *parts): pass
for fn in (Service.handler, Service.helper, Service.build.__func__):
    print(fn.__qualname__, describe(fn))
print(f1.__annotations__, f1.__module__, f1.__name__, f1.__qualname__)
def annotated(a: int, b: 'str' = 'x') -> list:
    pass
print(annotated.__annotations__)
