# Huge repeat counts on str/bytes/list/tuple/bytearray ('x' * 2**62, [0] * 2**62, bytes(2**62)) must raise, not abort.
import sys
LEAKED = []
for thunk in (lambda: "x" * 2**62, lambda: [0] * 2**62, lambda: bytes(2**62), lambda: b"x" * 2**62,
              lambda: (1,) * 2**62, lambda: bytearray(2**62), lambda: "ab" * (sys.maxsize // 2 + 1),
              lambda: [1, 2] * (sys.maxsize // 2), lambda: "x" * 2**40, lambda: [None] * 2**40,
              lambda: bytearray(b"x") * 2**40, lambda: bytes(range(256)) * 2**40, lambda: "x" * sys.maxsize,
              lambda: 2**62 * "x", lambda: [0] * -2**62, lambda: "x" * 2**100):
    try: r = thunk(); LEAKED.append(len(r)); del r
    except (MemoryError, OverflowError, ValueError): pass
L = [0]
for thunk in (lambda: L.__imul__(2**62), lambda: bytearray(b"ab").__imul__(2**62), lambda: L.__mul__(2**40)):
    try: thunk()
    except (MemoryError, OverflowError): pass
LEAKED = []
print("done")
