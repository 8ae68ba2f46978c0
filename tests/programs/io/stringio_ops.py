# StringIO: reading, writing, seeking, truncating, newline handling,
# pickling state, subclassing and errors.
import _io

s = _io.StringIO()
print(s.write("hello"), s.write(" wörld\n"), s.tell(), repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.line_buffering, s.newlines, s.closed)
s.seek(0)
print(repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(6)
s.write("W")
print(repr(s.getvalue()), s.tell())
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell())
print(s.seek(0, 1), s.tell())

s = _io.StringIO("line1\nline2\r\nline3\rline4")
print(s.tell(), s.readline(), s.readline(2), s.readline(), s.readlines())
s.seek(0)
print(list(s))
s = _io.StringIO("a\nb\n")
print(next(s), [x for x in s])

for nl in [None, "", "\n", "\r", "\r\n"]:
    s = _io.StringIO("a\nb\r\nc\rd", newline=nl)
    print(repr(nl), repr(s.getvalue()), list(s), repr(s.newlines))
    s.write("x\r\ny\n")
    print("   ", repr(s.getvalue()), repr(s.newlines))

s = _io.StringIO("abc")
print(s.__getstate__())
t = _io.StringIO()
t.__setstate__(("xyz", None, 1, {"k": 1}))
print(repr(t.read()), t.newlines, t.k)

class Sub(_io.StringIO):
    def __init__(self, v):
        super().__init__(v)
        self.extra = 42

x = Sub("p\nq\n")
print(type(x).__name__, x.extra, x.readline(), list(x), isinstance(x, _io._TextIOBase), isinstance(x, _io._IOBase))

with _io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)

def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: c.read())
attempt(lambda: c.getvalue())
attempt(lambda: c.tell())
attempt(lambda: c.write("x"))
attempt(lambda: c.closed)
attempt(lambda: _io.StringIO(5))
attempt(lambda: _io.StringIO(newline=5))
attempt(lambda: _io.StringIO(newline="x"))
attempt(lambda: _io.StringIO().write(b"x"))
attempt(lambda: _io.StringIO().seek(-1))
attempt(lambda: _io.StringIO().seek(1, 1))
attempt(lambda: _io.StringIO().seek(0, 9))
attempt(lambda: _io.StringIO().truncate(-1))
attempt(lambda: _io.StringIO("ab").read("1"))
attempt(lambda: _io.StringIO("ab").read(None))
attempt(lambda: _io.StringIO.__new__(_io.StringIO).read())
attempt(lambda: _io.StringIO().fileno())
attempt(lambda: _io.StringIO().detach())
attempt(lambda: _io.StringIO("a").isatty())
attempt(lambda: _io.StringIO("x\ny").readlines(1))
attempt(lambda: _io.StringIO().writelines(["a", "b", 3]))
big = _io.StringIO()
for i in range(1000):
    big.write(str(i))
print(len(big.getvalue()), big.getvalue()[-10:])
