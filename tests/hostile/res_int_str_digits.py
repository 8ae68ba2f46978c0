# int('1'*10**6), str(10**5000), and turning the int/str digit limit off (set_int_max_str_digits) for everyone.
import sys
LEAKED = []
for thunk in (lambda: int("1" * 10**6), lambda: str(10**5000), lambda: int("9" * 10**5, 10), lambda: repr(-10**5000),
              lambda: "%d" % 10**5000, lambda: format(10**5000, ","), lambda: int(b"7" * 10**5), lambda: f"{10**5000}"):
    try: thunk()
    except ValueError: pass
for n in (0, -1, 1, 640, 2**63, "x", None):
    try: sys.set_int_max_str_digits(n)
    except (ValueError, TypeError, OverflowError): pass
try: LEAKED.append(sys.get_int_max_str_digits())
except Exception: pass
try: int("1" * 20000)
except ValueError: pass
try: sys.set_int_max_str_digits(4300)
except Exception: pass
LEAKED = []
print("done")
