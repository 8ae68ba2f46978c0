# Reading and writing files through open(): text and binary modes, the
# append/exclusive/update modes, iteration, attributes and reprs.
import _io
import posix

D = "tmp_file_read_write"
if D in posix.listdir("."):
    for n in posix.listdir(D):
        posix.unlink(D + "/" + n)
    posix.rmdir(D)
posix.mkdir(D)
p = D + "/a.txt"

with open(p, "w") as f:
    print(type(f).__name__, f.name, f.mode, f.encoding, f.closed)
    print(repr(f))
    print(f.write("hello\n"), f.write("wörld\n"), f.writelines(["x\n", "y\n"]))
    print(f.readable(), f.writable(), f.seekable(), f.line_buffering)
    print(type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.raw.mode)
print(f.closed, repr(f.buffer.raw))

with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(f.readline(), end="")
    print(repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(p, encoding="utf-8") as f:
    print(repr(f.read(3)), repr(f.read(4)), repr(f.read(100)), repr(f.read(1)))

with open(p, "a") as f:
    print(f.mode, f.buffer.raw.mode, f.tell())
    f.write("appended\n")
with open(p, "rb") as f:
    print(type(f).__name__, f.mode, repr(f))
    data = f.read()
    print(len(data), data[-9:])
    print(f.read(), f.read(5))

with open(p, "r+") as f:
    print(f.read(5))
    f.seek(0)
    f.write("HELLO")
    f.seek(0)
    print(repr(f.readline()))

with open(p, "w+") as f:
    f.write("new content\nline 2\n")
    f.seek(0)
    print(f.readlines())

with open(p, "a+") as f:
    f.write("more\n")
    f.seek(0)
    print(repr(f.read()))

try:
    open(p, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.filename == p)
with open(D + "/new.bin", "xb") as f:
    print(type(f).__name__, f.mode, f.write(b"\x00\x01\x02"), f.raw.mode)
with open(D + "/new.bin", "rb", buffering=0) as f:
    print(type(f).__name__, f.read(), f.read())

with open(p, "rb") as f:
    print(f.read1(4), f.peek(1)[:1], f.readline())
    b = bytearray(5)
    print(f.readinto(b), b)
    print(list(f))

f = open(p)
f.close()
f.close()
for op in (f.read, f.readline, lambda: f.write("x"), f.tell, lambda: f.seek(0), f.flush, lambda: next(f)):
    try:
        op()
    except ValueError as e:
        print("ValueError", e)

with open(p, "w") as f:
    pass
with open(p) as f:
    print(repr(f.read()), repr(f.readline()), f.readlines())

fd = posix.open(p, posix.O_RDWR)
with open(fd, "w", closefd=False) as f:
    f.write("through fd\n")
    print(f.name == fd, f.buffer.raw.closefd)
print(posix.lseek(fd, 0, 0), posix.read(fd, 100))
posix.close(fd)

for n in sorted(posix.listdir(D)):
    posix.unlink(D + "/" + n)
posix.rmdir(D)
print(D in posix.listdir("."))
