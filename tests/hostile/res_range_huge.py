# range(2**100) tricks: len, indexing, slicing, reversed, contains, index/count, list() of huge ranges.
import sys
LEAKED = []
r = range(2**100)
for thunk in (lambda: len(r), lambda: r[2**99], lambda: r[-1], lambda: r[::2**50][2**40], lambda: reversed(r),
              lambda: next(reversed(r)), lambda: 2**99 in r, lambda: r.index(2**99), lambda: r.count(5),
              lambda: list(range(2**62)), lambda: tuple(range(2**40)), lambda: r[::-1][0], lambda: bool(r),
              lambda: hash(r), lambda: r == range(0, 2**100, 1), lambda: range(-2**100, 2**100, 2**99)[3],
              lambda: range(0, 1, 2**1000)[0], lambda: iter(range(sys.maxsize - 1, sys.maxsize + 3)).__next__(),
              lambda: list(range(sys.maxsize - 1, sys.maxsize + 3)), lambda: r[2**100], lambda: r[-2**101],
              lambda: range(2**100).__reduce__(), lambda: iter(r).__setstate__(2**99), lambda: list(range(2**63)[-3:])):
    try: LEAKED.append(thunk())
    except Exception: pass
LEAKED = []
print("done")
