# bool is a subclass of int: arithmetic, bitwise ops, and repr.
print(True + True, True * 3, True - False, -True, ~True, ~False, True / 2, True // 2, True ** 10)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True + True).__name__)
print(type(True | 0).__name__, type(~True).__name__, type(-True).__name__, type(True << 1).__name__)
print(sum([True, True, False, True]), sum([True] * 100), max(True, 0), min(False, -1))
print(isinstance(True, int), issubclass(bool, int), bool.__bases__, int(True), float(False), complex(True))
print(True == 1, False == 0, 1.0 == True, hash(True) == hash(1))
print({True: 'a', 1: 'b', 1.0: 'c'}, {False, 0, 0.0}, [1, True, 1.0].count(True))
print(repr(True), str(False), f'{True}', f'{True:d}', f'{True:>5}|', '%s %d %r' % (True, True, False))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(''), bool('False'), bool(None), bool([]), bool([[]]))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), True.conjugate())
print(True.__and__(False), True.__or__(1), type(True.__or__(1)).__name__, True.__xor__(True))
print(['no', 'yes'][True], 'abc'[True:], (10, 20)[False], True * 'ab', [0] * True)
print(divmod(True, True), pow(True, -1), round(True), abs(-True), True << 10, 1 << True)
try:
    bool.__new__(int)
except TypeError as e:
    print('TypeError:', e)
print(bool('0'), bool(0j), bool(b'\x00'), bool(range(0)), bool(range(1)), bool(...))
x = 5
print((x > 3) + (x > 4) + (x > 5), sum(c.isupper() for c in 'HeLLo'), (x > 3) * 10)
print(True and 5, False or 'f', not True, not not 5)
