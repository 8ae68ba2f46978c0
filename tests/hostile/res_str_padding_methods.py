# Padding/justify/expandtabs/replace/join requests far beyond memory (2**40, sys.maxsize) must raise.
import sys
LEAKED = []
for thunk in (lambda: "x".ljust(2**62), lambda: "x".center(2**40), lambda: "x".zfill(2**40), lambda: "x".rjust(sys.maxsize),
              lambda: "a\tb".expandtabs(2**62), lambda: "a\tb".expandtabs(2**31), lambda: b"x".ljust(2**40),
              lambda: bytearray(b"x").center(2**40), lambda: ("a" * 2**20).replace("a", "x" * 2**20),
              lambda: (b"a" * 2**20).replace(b"a", b"x" * 2**20), lambda: ("a" * 2**20).replace("", "x" * 2**20),
              lambda: " ".join(["x" * 2**20] * 2**20),
              lambda: "x".ljust(-2**62), lambda: "%s" * 2**40):
    try: r = thunk(); LEAKED.append(len(r)); del r
    except (MemoryError, OverflowError, ValueError): pass
LEAKED = []
print("done")
