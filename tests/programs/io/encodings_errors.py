# Text encodings of files and wrappers, error handlers, and the errors
# open() and the I/O classes raise.
import _io
import posix

D = "tmp_encodings_errors"
if D not in posix.listdir("."):
    posix.mkdir(D)
p = D + "/e.txt"

for enc in ["utf-8", "latin-1", "ascii", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "UTF8", "iso-8859-1"]:
    text = "caf\xe9 na\xefve" if enc not in ("ascii",) else "plain"
    with open(p, "w", encoding=enc) as f:
        f.write(text)
        print(enc, f.encoding, f.errors)
    with open(p, "rb") as f:
        raw = f.read()
    with open(p, encoding=enc) as f:
        print("  ", raw, repr(f.read()) == repr(text))

with open(p, "w", encoding="ascii", errors="replace") as f:
    f.write("snow\u2603man")
with open(p, "w", encoding="ascii", errors="backslashreplace") as f:
    f.write("snow\u2603man\xe9")
with open(p, "rb") as f:
    print(f.read())
with open(p, "w", encoding="latin-1", errors="xmlcharrefreplace") as f:
    f.write("\u20ac and \xe9")
with open(p, "rb") as f:
    print(f.read())
try:
    with open(p, "w", encoding="ascii") as f:
        f.write("\xe9")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.encoding, e.start, e.end, e.reason)

with open(p, "wb") as f:
    f.write(b"ok \xff\xfe bytes \xc3")
for errors in ["replace", "ignore", "backslashreplace"]:
    with open(p, encoding="utf-8", errors=errors) as f:
        print(errors, repr(f.read()))
try:
    with open(p, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.encoding, e.start, e.end, e.reason)
with open(p, encoding="latin-1") as f:
    print(repr(f.read()))

# Multi-byte characters split across reads.
with open(p, "w", encoding="utf-8") as f:
    f.write("\u20ac" * 5000 + "\n" + "\U0001f600" * 3000)
with open(p, encoding="utf-8") as f:
    lines = f.readlines()
    print(len(lines), len(lines[0]), len(lines[1]), lines[1][:2] == "\U0001f600" * 2)
with open(p, "rb") as f:
    t = _io.TextIOWrapper(_io.BufferedReader(f.raw, 3), encoding="utf-8")
    t._CHUNK_SIZE = 1
    s = t.read(7)
    print(len(s), s == "\u20ac" * 7, t.tell())

def attempt(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: open(p, "rw"))
attempt(lambda: open(p, "rr"))
attempt(lambda: open(p, "q"))
attempt(lambda: open(p, "+"))
attempt(lambda: open(p, "bt"))
attempt(lambda: open(p, "rb", encoding="utf-8"))
attempt(lambda: open(p, "rb", errors="strict"))
attempt(lambda: open(p, "rb", newline=""))
attempt(lambda: open(p, "r", newline="x"))
attempt(lambda: open(p, "r", buffering=0))
attempt(lambda: open(p, 3))
attempt(lambda: open(p, encoding=3))
attempt(lambda: open(p, encoding="no-such-codec"))
attempt(lambda: open(p, closefd=False))
attempt(lambda: open([]))
attempt(lambda: open(1.5))
attempt(lambda: open(D + "/a\0b"))
attempt(lambda: open(D))
attempt(lambda: open(D + "/missing.txt"))
attempt(lambda: open(D + "/missing/x.txt", "w"))
try:
    open(D + "/missing.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args, isinstance(e, OSError))
try:
    open(p.encode() + b"nope")
except OSError as e:
    print(type(e).__name__, e.filename)
with open(p, "rb") as f:
    attempt(lambda: f.write(b"x"))
with open(p, "w") as f:
    attempt(lambda: f.read())
    attempt(lambda: f.buffer.read())
    attempt(lambda: f.buffer.raw.read())
with open(p, "r") as f:
    attempt(lambda: f.write("x"))
    attempt(lambda: f.buffer.raw.write(b"x"))
    attempt(lambda: f.truncate())
    attempt(lambda: f.fileno() > 2)
    attempt(lambda: f.isatty())
print(issubclass(_io.UnsupportedOperation, OSError), issubclass(_io.UnsupportedOperation, ValueError))
print(_io.UnsupportedOperation.__module__, _io.UnsupportedOperation.__name__, _io.DEFAULT_BUFFER_SIZE)

posix.unlink(p)
posix.rmdir(D)
