# Huge format widths/precisions (format(1.0, '.2**40f'), '%*d' % (2**40, 1), f'{1:{2**62}}') must raise, not allocate.
import sys
LEAKED = []
W = 2**40
for thunk in (lambda: format(1.0, ".%df" % W), lambda: format(1, "%d" % W), lambda: "%*d" % (W, 1),
              lambda: "%*d" % (sys.maxsize, 1), lambda: "%.*f" % (W, 1.0), lambda: "%.*f" % (2**31, 1.0),
              lambda: f"{1:{2**62}}", lambda: "{:{}}".format(1, W), lambda: "{0:>{1}}".format("a", sys.maxsize),
              lambda: format(1.0, ".2147483648f"), lambda: format(1.0, "99999999999999999999f"),
              lambda: format("x", ">%d" % W), lambda: format(10**1000, "%d," % W), lambda: "%%%dd" % W % 1,
              lambda: format(1j, "%d" % W), lambda: b"%*d" % (W, 1), lambda: format(1.5, "%d.3e" % W),
              lambda: "%*s" % (-2**62, "x"), lambda: format(2**64, "0%db" % W)):
    try: r = thunk(); LEAKED.append(len(r)); del r
    except (MemoryError, OverflowError, ValueError, TypeError): pass
LEAKED = []
print("done")
