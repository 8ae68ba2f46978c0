# Integer results too large to represent: 1 << 2**62, to_bytes(2**62), int.from_bytes of huge lengths, bit ops with huge shifts.
import sys
LEAKED = []
for thunk in (lambda: 1 << 2**62, lambda: 1 << sys.maxsize, lambda: (1).to_bytes(2**62, "big"),
              lambda: (1).to_bytes(sys.maxsize, "little"), lambda: (-1) << 2**100, lambda: 1 >> 2**100,
              lambda: (1 << 100) >> -1, lambda: 2**62 * (1 << 2**20), lambda: int.from_bytes(b"\xff" * 2**20, "big").bit_length(),
              lambda: (10**1000).to_bytes(10, "big"), lambda: pow(2, -1, 2**100 + 1), lambda: pow(3, 2**100, 7),
              lambda: divmod(1 << 2**20, 3)[0].bit_length(),
              lambda: round(1.5, 2**62), lambda: round(10**100, -5000), lambda: float(10**400)):
    try: LEAKED.append(thunk() is None)
    except (MemoryError, OverflowError, ValueError, ZeroDivisionError): pass
LEAKED = []
print("done")
