# Exception args, str() and repr() for zero, one and many arguments.
cases = [ValueError(), ValueError('msg'), ValueError('a', 2), ValueError(None), ValueError(''),
         KeyError('key'), KeyError(), KeyError('a', 'b'), KeyError(5), IndexError(3),
         Exception([1, 2]), Exception(('t',)), StopIteration(7), SystemExit(3), SystemExit(),
         OSError(2, 'No such file'), OSError('just message'), OSError(2, 'msg', 'file.txt'),
         UnicodeError('u'), AssertionError(), NotImplementedError('later'), RuntimeError('x', 'y', 'z')]
for e in cases:
    print(type(e).__name__, repr(e.args), '|', str(e), '|', repr(e))
e = ValueError('original')
e.args = ('replaced', 1)
print(str(e), repr(e))
e.args = ()
print(repr(str(e)), repr(e))
class Custom(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
c = Custom(404, 'not found')
print(c.args, str(c), repr(c), c.code)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
n = NoSuper(1, 2)
print(n.args, repr(n), str(n))
class WithStr(Exception):
    def __str__(self):
        return 'custom str'
print(str(WithStr('ignored')), repr(WithStr('shown')))
ke = KeyError('quoted')
print(str(ke), str(KeyError("it's")), str(KeyError('')), str(KeyError(1, 2)))
o = OSError(13, 'Permission denied')
print(o.errno, o.strerror, o.filename, type(o).__name__)
f = OSError(2, 'No such file or directory', 'x.txt')
print(type(f).__name__, f.filename, str(f))
si = StopIteration('v1', 'v2')
print(si.value, SystemExit(1, 2).code, SystemExit('text').code)
