# Iterators whose __length_hint__/__len__ claim huge, negative or non-int sizes (must not pre-allocate or abort).
import sys
LEAKED = []
def mk(hint):
    class It:
        def __iter__(self): return self
        def __init__(self): self.n = 0
        def __next__(self):
            self.n += 1
            if self.n > 3: raise StopIteration
            return self.n
        def __length_hint__(self): return hint
    return It
for hint in (2**62, sys.maxsize, sys.maxsize + 1, -1, 2**100, 1.5, "x", NotImplemented, None):
    It = mk(hint)
    for f in (list, tuple, bytearray, bytes, set, sorted, [].extend, lambda i: list(map(int, i)),
              lambda i: [*i], lambda i: dict.fromkeys(i), lambda i: "".join(map(str, i)), lambda i: list(zip(i, i))):
        try: f(It())
        except (OverflowError, ValueError, TypeError, MemoryError): pass
class L:
    def __len__(self): return 2**62
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
for f in (list, tuple, bytearray, reversed, lambda o: list(reversed(o)), len):
    try: f(L())
    except (OverflowError, ValueError, TypeError, MemoryError): pass
print("done")
