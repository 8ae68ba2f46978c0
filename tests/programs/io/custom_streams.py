# Streams written in Python on the _io base classes, wrapped by the
# builtin buffered and text layers, and the base classes' own methods.
import _io

class Source(_io._RawIOBase):
    """Serves a byte string a few bytes per read."""
    def __init__(self, data, step):
        self.data = data
        self.pos = 0
        self.step = step
        self.reads = 0
    def readable(self):
        return True
    def readinto(self, b):
        self.reads += 1
        n = min(len(b), self.step, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

class Sink(_io._RawIOBase):
    def __init__(self):
        self.chunks = []
    def writable(self):
        return True
    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)

src = Source(b"alpha\nbeta\ngamma\n", 4)
print(src.read(3), src.read(), src.read(), src.readable(), src.writable(), src.seekable())
src = Source(b"alpha\nbeta\ngamma\n", 4)
print(src.readline(), src.readlines(), src.closed)
src.close()
print(src.closed)
try:
    src.read(1)
except ValueError as e:
    print("ValueError", e)

r = _io.BufferedReader(Source(b"line one\nline two\nlast", 3), 5)
print(r.readline(), r.read(4), r.peek(1)[:1], r.read())
t = _io.TextIOWrapper(_io.BufferedReader(Source("héllo\nwörld\n".encode(), 2)), encoding="utf-8")
print(t.readlines(), t.seekable())
try:
    t.tell()
except OSError as e:
    print(type(e).__name__, e)

sink = Sink()
w = _io.BufferedWriter(sink, 4)
w.write(b"ab")
print(sink.chunks)
w.write(b"cdefgh")
w.flush()
print(sink.chunks, b"".join(sink.chunks))
tw = _io.TextIOWrapper(_io.BufferedWriter(Sink()), encoding="utf-8", line_buffering=True)
tw.write("no newline yet")
print(tw.buffer.raw.chunks)
tw.write(" and now\n")
print(tw.buffer.raw.chunks, tw.line_buffering)
tw.reconfigure(line_buffering=False)
tw.write("held\n")
print(len(tw.buffer.raw.chunks))
tw.flush()
print(tw.buffer.raw.chunks[-1])

class Upper(_io._TextIOBase):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)

u = Upper()
print(u.write("hi"), u.parts, u.encoding, u.newlines, u.errors)
u.writelines(["a", "b"])
print(u.parts)
for name in ("read", "readline", "detach", "fileno", "seek", "truncate"):
    try:
        getattr(u, name)()
    except _io.UnsupportedOperation as e:
        print(name, "UnsupportedOperation", e)

class Lines(_io._IOBase):
    def __init__(self, items):
        self.items = list(items)
    def readline(self, size=-1):
        return self.items.pop(0) if self.items else b""

print(list(Lines([b"x\n", b"y\n"])), Lines([b"1", b"2", b"3"]).readlines(2))
with Lines([]) as l:
    print(l.closed, l.readable(), l.isatty())
print(l.closed)
try:
    iter(l)
except ValueError as e:
    print("ValueError", e)

b = _io._BufferedIOBase()
for name in ("read", "read1", "write", "detach"):
    try:
        getattr(b, name)(1) if name != "detach" else b.detach()
    except _io.UnsupportedOperation as e:
        print(name, e)

class Buf(_io._BufferedIOBase):
    def read(self, n=-1):
        return b"xyz"[:n]

bb = bytearray(2)
print(Buf().readinto(bb), bb)
pair = _io.BufferedRWPair(Source(b"pair data", 4), Sink())
print(pair.read(4), pair.write(b"out"), pair.readable(), pair.writable())
pair.flush()
pair.close()
print(pair.closed)
