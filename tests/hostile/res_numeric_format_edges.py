# Numeric parsing/formatting edge cases (huge exponents, odd specs, %-formatting, rounding) must raise cleanly, never panic.
import sys
LEAKED = []
exprs = ["float('1e'+'9'*1000)", "float.fromhex('0x1p99999999999')", "float.fromhex('0x' + 'f'*10000 + 'p0')", "int('0'*10**5)",
         "int(' \\u3000 1 \\u3000 ')", "int('z', 37)", "int('1', 2**100)", "int('1__0')", "float('nan(123)')", "round(1e308, -400)",
         "(1e308).__round__(2**63)", "format(1e300, '.400f')", "format(-0.0, 'z.3f')", "format(float('nan'), '010')", "format(2**40, 'c')",
         "format(1.5, '#,.3%')", "format(1.5, '0=+20,.3e')", "format(10**4000, '.3e')", "format(1.5, '_x')", "format(12345, ',_')",
         "format(1.5j, '=10')", "format(1, '\\x00<10')", "format('a', '\\U0010ffff^11')", "format(1e-320, '.1000g')", "divmod(-1e308, 5e-324)",
         "pow(2.0, 2**62)", "pow(0.0, -1)", "pow(10, -2**62)", "pow(2, 2**62, 0)", "int.__pow__(2, 10**100, 10**9+7)", "complex('(1+2j')",
         "complex(1, 2) ** 10**6", "complex(0, 0) ** -1", "complex(1,1) ** complex(1e308, 1e308)", "int(float('nan'))", "float(2**1024)",
         "10**400 // 1e-300", "(-7) % -2**200", "round(2**200, -100)", "(255).to_bytes(1, 'little', signed=True)", "'%d' % 1e308",
         "'%c' % 2**40", "'%e' % 10**400", "'%*.*f' % (5, -1, 1.0)", "'%(a' % {'a': 1}", "'%(a)s %s' % {'a': 1}", "b'%c' % 256",
         "'%.*f' % (-2**31, 1.0)", "'%#.*g' % (sys.maxsize, 1.0)"]
for e in exprs:
    try: LEAKED.append(type(eval(e)).__name__)
    except (ValueError, OverflowError, TypeError, ZeroDivisionError, MemoryError, SyntaxError): pass
LEAKED = []
print("done")
