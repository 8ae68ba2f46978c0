# Extreme indices and slice steps on lists/strings/bytes/bytearray: insert at huge index, del with huge steps, slice assignment.
import sys
LEAKED = []
L = list(range(10))
s, b, ba = "abcdef", b"abcdef", bytearray(b"abcdef")
for thunk in (lambda: L[sys.maxsize], lambda: L[-sys.maxsize - 1], lambda: L.insert(2**100, 1), lambda: L.insert(-2**100, 1),
              lambda: L[::2**62], lambda: L[::-2**62], lambda: L.__delitem__(slice(None, None, 2**62)),
              lambda: L.__setitem__(slice(0, 10, 3), [1, 2]), lambda: L.__setitem__(slice(2**62, -2**62, -1), []),
              lambda: L.pop(2**62), lambda: L.index(0, -2**100, 2**100), lambda: s[::-(2**62)], lambda: s[2**100:],
              lambda: b[-2**100::sys.maxsize], lambda: ba.__setitem__(slice(None, None, -1), b"x" * 6),
              lambda: ba.__setitem__(slice(0, 2**62), b"x"), lambda: ba.insert(2**62, 1), lambda: s.find("a", -2**100, 2**100),
              lambda: s.count("", 2**62), lambda: L[0:0:0], lambda: L.__setitem__(slice(None, None, 0), []),
              lambda: slice(2**100, -2**100, 2**100).indices(2**62), lambda: slice(0, 1, 0).indices(5)):
    try: LEAKED.append(thunk() is None)
    except (IndexError, ValueError, OverflowError, TypeError, MemoryError): pass
LEAKED = []
print(len(L) >= 0)
