# Re-runs property.__init__ on live and builtin properties and calls property/getset __get__/__set__ with wrong objects.
LEAKED = []
class C:
    @property
    def p(self): return 1
c = C()
p = C.__dict__["p"]
for args in ((None,), (len, len, len, "doc"), (1, 2, 3, 4), ()):
    try: property.__init__(p, *args)
    except Exception: pass
    try: c.p; C.p; c.p = 1
    except Exception: pass
targets = [p, type.__dict__["__name__"], type.__dict__["__dict__"], int.__dict__["real"],
           BaseException.__dict__["args"], type(len).__dict__["__self__"]]
for d in targets:
    for recv in (None, 1, "x", int, c, object(), len):
        for f in (lambda: d.__get__(recv), lambda: d.__get__(recv, type(recv)), lambda: d.__get__(None, None),
                  lambda: d.__set__(recv, 1), lambda: d.__delete__(recv), lambda: property.__init__(d, len)):
            try: f()
            except Exception: pass
print(int.__name__, (5).real)
