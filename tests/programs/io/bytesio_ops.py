# BytesIO: reading, writing past the end, seeking, readinto, truncation,
# state, buffered and text layers over it, and errors.
import _io

b = _io.BytesIO(b"hello world\nsecond line\nthird")
print(b.read(5), b.tell(), b.read1(3), b.readline(), b.readlines())
print(b.read(), b.tell(), b.seek(0), b.readline(4))
b.seek(0)
print(list(b))
print(b.seek(-3, 2), b.read(), b.seek(100), b.read(), b.tell())
b.write(b"!")
print(len(b.getvalue()), b.getvalue()[-5:])
print(b.truncate(11), b.getvalue(), b.tell())
b.seek(0)
buf = bytearray(4)
print(b.readinto(buf), buf, b.readinto(memoryview(buf)[1:3]), buf)
print(b.getbuffer().tobytes() if hasattr(b, "getbuffer") else None)
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush())

w = _io.BytesIO()
print(w.write(b"abc"), w.write(bytearray(b"de")), w.write(memoryview(b"fg")), w.getvalue())
w.seek(1)
w.write(b"XY")
print(w.getvalue(), w.tell())
w.writelines([b"1", b"2"])
print(w.getvalue())
print(w.__getstate__()[:2])
c = _io.BytesIO()
c.__setstate__((b"state", 2, None))
print(c.read())

r = _io.BufferedReader(_io.BytesIO(b"line one\nline two\n"), 4)
print(repr(r), r.peek(2)[:2], r.read(3), r.read1(10), r.readline(), r.read())
wr = _io.BufferedWriter(_io.BytesIO())
print(wr.write(b"buffered"), wr.raw.getvalue(), wr.flush(), wr.raw.getvalue())
rnd = _io.BufferedRandom(_io.BytesIO(b"0123456789"))
print(rnd.read(2), rnd.write(b"ab"), rnd.tell(), rnd.read(2), rnd.seek(0), rnd.read())
print(rnd.raw.getvalue())

t = _io.TextIOWrapper(_io.BytesIO(), encoding="utf-8")
t.write("naïve\n")
t.flush()
print(t.buffer.getvalue(), t.encoding, t.errors, repr(t))
t.seek(0)
print(repr(t.read()))
print(t.detach().getvalue())
try:
    t.read()
except ValueError as e:
    print("ValueError", e)

class Sub(_io.BytesIO):
    pass

s = Sub(b"sub")
s.attr = 1
print(type(s).__name__, s.read(), s.attr, s.__getstate__())

with _io.BytesIO(b"x") as cm:
    print(cm.read())
print(cm.closed)

def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: cm.read())
attempt(lambda: cm.getvalue())
attempt(lambda: cm.write(b"a"))
attempt(lambda: cm.seek(0))
attempt(lambda: _io.BytesIO("str"))
attempt(lambda: _io.BytesIO().write("str"))
attempt(lambda: _io.BytesIO().seek(-1))
attempt(lambda: _io.BytesIO().seek(0, 5))
attempt(lambda: _io.BytesIO().truncate(-2))
attempt(lambda: _io.BytesIO().read("x"))
attempt(lambda: _io.BytesIO().readinto(b"immutable"))
attempt(lambda: _io.BytesIO().fileno())
attempt(lambda: _io.BufferedReader(_io.BytesIO(), 0))
attempt(lambda: _io.BufferedReader(_io.BytesIO()).write(b"x"))
attempt(lambda: _io.BufferedWriter(_io.BytesIO()).read())
attempt(lambda: _io.BufferedReader(_io.BytesIO()).truncate())
attempt(lambda: _io.BufferedReader.__new__(_io.BufferedReader).read())
attempt(lambda: _io.BufferedReader(_io.BytesIO(b"ab")).read(-2))
attempt(lambda: _io.TextIOWrapper(_io.BytesIO(), encoding="nope"))
attempt(lambda: _io.TextIOWrapper(_io.BytesIO(), newline="x"))
attempt(lambda: _io.TextIOWrapper(_io.BytesIO()).write(b"x"))
