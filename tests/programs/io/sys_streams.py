# sys.stdin/stdout/stderr are TextIOWrapper objects over buffered file
# descriptors 0, 1 and 2; print(), write() and the binary buffer interleave
# in order.
import _io
import sys

out = sys.stdout
print(type(out).__name__, isinstance(out, _io.TextIOWrapper), isinstance(out, _io._TextIOBase))
# The harness sets PYTHONIOENCODING=utf-8; buffering depends on -u and
# PYTHONUNBUFFERED, so only its consistency is shown.
print(out.name, out.mode, out.encoding, out.errors, out.line_buffering)
print(sys.stderr.name, sys.stderr.mode, sys.stderr.errors, sys.stderr.encoding)
print(sys.stdin.name, sys.stdin.mode, sys.stdin.readable(), sys.stdin.writable())
raw = out.buffer if out.write_through else out.buffer.raw
print(type(raw).__name__, raw.name, raw.mode, raw.closefd, type(sys.stdin.buffer).__name__)
print(out.fileno(), sys.stderr.fileno(), sys.stdin.fileno(), sys.stdin.buffer.raw.name)
print(repr(out), repr(sys.stdin.buffer))
print(out.write("written directly\n"), out.writable(), out.readable(), out.closed)
out.write("partial ")
out.flush()
out.buffer.write(b"bytes after flush\n")
out.buffer.flush()
print("text again", end="!\n")
print("sep", "arated", sep="--", end="|\n")
print("explicit file", file=out, flush=True)
out.writelines(["a\n", "b\n"])
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
print("snow \u2603 and \U0001f600")
try:
    out.write(b"bytes")
except TypeError as e:
    print("TypeError", e)
for i in range(3000):
    out.write("%d," % i)
out.write("\n")
sys.stderr.write("to stderr\n")
print("done")
