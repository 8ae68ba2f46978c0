# TextIOWrapper.reconfigure(): encoding, errors, newline and buffering
# changes, and what it refuses after reading started.
import _io
t = _io.TextIOWrapper(_io.BytesIO(), encoding="utf-8")
t.write("é")
t.reconfigure(encoding="latin-1")
t.write("é")
t.reconfigure(errors="replace")
print(t.encoding, t.errors)
t.write("\u20ac")
t.reconfigure(newline="\r\n")
t.write("a\nb")
t.flush()
print(t.buffer.getvalue())
r = _io.TextIOWrapper(_io.BytesIO(b"abc\ndef"), encoding="utf-8")
r.readline()
try:
    r.reconfigure(encoding="ascii")
except Exception as e:
    print(type(e).__name__, e)
r.reconfigure(line_buffering=True, write_through=True)
print(r.line_buffering, r.write_through)
try:
    r.reconfigure(newline="x")
except Exception as e:
    print(type(e).__name__, e)
try:
    r.reconfigure(1)
except Exception as e:
    print(type(e).__name__, e)
