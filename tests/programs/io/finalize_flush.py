# Files are flushed and closed as soon as the last reference goes away,
# including through subclasses with their own close() or __del__.
import _io
import gc
import posix

D = "tmp_finalize_flush"
if D not in posix.listdir("."):
    posix.mkdir(D)
p = D + "/f.txt"

open(p, "w").write("written by a temporary\n")
print(repr(open(p).read()))

f = open(p, "a")
f.write("buffered line\n")
print(repr(open(p).read()))
del f
print(repr(open(p).read()))

def writer():
    g = open(p, "ab")
    g.write(b"from a function\n")

writer()
print(repr(open(p).read()))

class Logged(_io.FileIO):
    def close(self):
        print("Logged.close", self.closed)
        super().close()

lf = Logged(p, "r")
print(lf.read(4))
lf = None
print("after drop")

class Noisy(_io.StringIO):
    def __del__(self):
        print("Noisy.__del__", repr(self.getvalue()))
        super().__del__()

n = Noisy("payload")
del n

class Closing(_io.BytesIO):
    def close(self):
        print("Closing.close")
        super().close()

c = Closing(b"x")
c = None

class Cycle:
    pass

cy = Cycle()
cy.f = open(p, "a")
raw = cy.f.buffer.raw
cy.self = cy
del cy
print(raw.closed)
gc.collect()
print(raw.closed)

class BadFlush(_io.BytesIO):
    def flush(self):
        raise RuntimeError("flush failed")

b = BadFlush()
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError", e, b.closed)

w = _io.BufferedWriter(_io.FileIO(p, "w"))
w.write(b"buffered bytes")
print(repr(open(p).read()))
w = None
print(repr(open(p).read()))

with open(p, "w") as f:
    f.write("ctx")
print(f.closed, f.buffer.closed, f.buffer.raw.closed)
t = open(p)
raw = t.buffer.raw
del t
print(raw.closed)

posix.unlink(p)
posix.rmdir(D)
