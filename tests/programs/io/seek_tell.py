# tell()/seek() on text, buffered and raw files, including positions inside
# multi-byte characters' chunks, truncate(), and mixed reads and writes.
import _io
import posix

D = "tmp_seek_tell"
if D not in posix.listdir("."):
    posix.mkdir(D)
p = D + "/s.txt"

with open(p, "w", encoding="utf-8") as f:
    f.write("héllo\nwörld\n€uro\nlast")
    print("tell after write", f.tell())

with open(p, encoding="utf-8") as f:
    marks = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        marks.append((pos, line))
    print(marks, f.tell())
    for pos, line in reversed(marks):
        f.seek(pos)
        print(pos, repr(f.readline()), f.tell())
    f.seek(0)
    print(repr(f.read(2)), f.tell(), repr(f.read(5)), f.tell())
    cookie = f.tell()
    rest = f.read()
    f.seek(cookie)
    print(f.read() == rest)
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(0, 1) == f.tell())
    for args in [(1, 1), (1, 2), (0, 3), (-1,)]:
        try:
            f.seek(*args)
        except (OSError, ValueError) as e:
            print(type(e).__name__, e)

with open(p, "r") as f:
    it = iter(f)
    next(it)
    try:
        f.tell()
    except OSError as e:
        print("OSError", e)
    list(it)
    print("tell after exhausting", f.tell())

with open(p, newline=None) as f:
    pass
with open(p, "wb") as f:
    f.write(b"a\r\nb\r\nc")
with open(p) as f:
    out = []
    for _ in range(5):
        out.append((repr(f.read(1)), f.tell()))
    print(out)
    f.seek(out[1][1])
    print(repr(f.read()))

with open(p, "w+b") as f:
    print(f.write(b"0123456789"), f.tell())
    print(f.seek(3), f.read(2), f.tell())
    print(f.seek(-2, 2), f.read(), f.tell())
    print(f.seek(-4, 1), f.read(1), f.tell())
    f.seek(5)
    f.write(b"XY")
    print(f.tell(), f.read(2), f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read(), f.seek(0, 2))
    print(f.truncate(), f.seek(0, 2))
    f.seek(10)
    f.write(b"!")
    f.seek(0)
    print(f.read())
    for args in [(0, 3), (-1,)]:
        try:
            f.seek(*args)
        except (OSError, ValueError) as e:
            print(type(e).__name__, e)

with open(p, "r+b") as f:
    print(f.read(3), f.tell())
    f.write(b"mm")
    print(f.tell(), f.read(3), f.tell())
    f.seek(1)
    f.write(b"Q")
    f.flush()
    f.seek(0)
    print(f.read())

with open(p, "rb", buffering=0) as f:
    print(f.seek(2), f.read(3), f.tell(), f.seek(-1, 2), f.read(5))

with open(p, "w+") as f:
    f.write("abc\ndef\n")
    print(f.tell())
    f.seek(0)
    print(repr(f.readline()), f.tell())
    f.seek(f.tell())
    f.write("XYZ\n")
    f.seek(0)
    print(repr(f.read()))
    f.seek(2)
    print(f.truncate(), f.tell())
    f.seek(0)
    print(repr(f.read()))

with open(p, "w", encoding="utf-16") as f:
    f.write("ab")
    f.write("cd")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="utf-16") as f:
    print(repr(f.read(1)), f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.read()))
with open(p, "a", encoding="utf-16") as f:
    f.write("ef")
with open(p, encoding="utf-16") as f:
    print(repr(f.read()))

posix.unlink(p)
posix.rmdir(D)
