# Opens raw fds and files through _io (FileIO(0/1/2), open(fd), open_code) with closefd=False and zero-length I/O.
import _io
LEAKED = []
for op in (lambda: _io.FileIO(1, "w", closefd=False).write(b""), lambda: _io.FileIO(0, "r", closefd=False).read(0),
           lambda: _io.open(2, "wb", closefd=False).write(b""), lambda: _io.open(10**6, closefd=False),
           lambda: _io.FileIO(-1), lambda: _io.TextIOWrapper(_io.BytesIO()).write("x"),
           lambda: _io.BufferedWriter(_io.FileIO(1, "w", closefd=False), 2**62), lambda: _io.FileIO(1, "w", closefd=False).fileno(),
           lambda: _io.BufferedReader(_io.BytesIO(b"ab"), -1).read(), lambda: _io.BufferedRWPair(_io.BytesIO(), _io.BytesIO(), 0)):
    try: LEAKED.append(type(op()).__name__)
    except Exception: pass
print("done")
