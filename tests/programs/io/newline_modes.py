# Newline translation on write and read for every newline mode of
# TextIOWrapper and open(), and the newlines attribute.
import _io
import posix

D = "tmp_newline_modes"
if D not in posix.listdir("."):
    posix.mkdir(D)
p = D + "/nl.txt"
modes = [None, "", "\n", "\r", "\r\n"]

for nl in modes:
    with open(p, "w", newline=nl) as f:
        f.write("a\nb\r\nc\rd\n")
    with open(p, "rb") as f:
        print("write", repr(nl), f.read())

raw = b"one\ntwo\r\nthree\rfour\r\n\rfive"
with open(p, "wb") as f:
    f.write(raw)
for nl in modes:
    with open(p, newline=nl) as f:
        lines = list(f)
        print("read", repr(nl), lines, repr(f.newlines))
    with open(p, newline=nl) as f:
        print("  all", repr(f.read()), repr(f.newlines))
    with open(p, newline=nl) as f:
        out = []
        while True:
            c = f.read(1)
            if not c:
                break
            out.append(c)
        print("  chars", "".join(out) == raw.decode() if nl == "" else len(out))

for nl in modes:
    t = _io.TextIOWrapper(_io.BytesIO(raw), newline=nl)
    print("bytesio", repr(nl), [t.readline() for _ in range(7)])

# A '\r' at the end of a chunk with '\n' at the start of the next.
for size in (1, 2, 3, 5):
    t = _io.TextIOWrapper(_io.BufferedReader(_io.BytesIO(b"ab\r\ncd\r\n\r\nef"), size), newline=None)
    t._CHUNK_SIZE = size
    print("chunk", size, list(t), t.newlines)
    t = _io.TextIOWrapper(_io.BufferedReader(_io.BytesIO(b"ab\r\ncd\r\n\r\nef"), size), newline="\r\n")
    t._CHUNK_SIZE = size
    print("chunk crlf", size, list(t))
    t = _io.TextIOWrapper(_io.BufferedReader(_io.BytesIO(b"ab\r\ncd\r\n\r\nef"), size), newline="")
    t._CHUNK_SIZE = size
    print("chunk universal", size, list(t))

t = _io.TextIOWrapper(_io.BytesIO(b"abc\r"))
print(repr(t.readline()), repr(t.readline()))
t = _io.TextIOWrapper(_io.BytesIO(b"x\ry\rz"), newline="")
print(t.readlines(), t.newlines)
t = _io.TextIOWrapper(_io.BytesIO(b"line1\nline2\nline3"), newline=None)
print(t.readline(2), t.readline(0), repr(t.readline(-1)), t.readline(100))

d = _io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r")), repr(d.decode("", final=True)), d.newlines, d.getstate())
d = _io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode("a\r")), d.getstate(), repr(d.decode("c")), d.newlines)
d.setstate((b"", 1))
print(repr(d.decode("\n")), d.newlines)
d.reset()
print(d.newlines, d.getstate())

posix.unlink(p)
posix.rmdir(D)
