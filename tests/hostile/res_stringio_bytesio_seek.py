# In-memory _io.StringIO/BytesIO with huge seeks before writing, huge truncate and huge read sizes.
import _io, sys
LEAKED = []
for cls, data in ((_io.BytesIO, b"x"), (_io.StringIO, "x")):
    for pos in (2**62, sys.maxsize, 2**40, -1, 2**100):
        try:
            f = cls(); f.seek(pos); f.write(data); LEAKED.append(f.tell())
        except (OverflowError, ValueError, MemoryError, TypeError): pass
    for thunk in (lambda: cls().truncate(2**62), lambda: cls(data).read(2**62), lambda: cls(data * 10).readline(sys.maxsize),
                  lambda: cls(data).readlines(2**62), lambda: cls().write(data * 2**20), lambda: cls(data).__setstate__(None)):
        try: thunk()
        except (OverflowError, ValueError, MemoryError, TypeError, AttributeError): pass
LEAKED = []
print("done")
