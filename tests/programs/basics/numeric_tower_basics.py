# Mixed-type arithmetic results and types.
pairs = [(1, 2), (1, 2.0), (1.5, 2), (True, 2), (1, 1j), (2.0, 1j), (True, False)]
for a, b in pairs:
    print(repr(a), repr(b), '->', repr(a + b), repr(a - b), repr(a * b), type(a + b).__name__)
print(3 / 1, type(3 / 1).__name__, 3 // 1.0, 2 ** 2, 2 ** -2, 2.0 ** 2)
print((-8) ** 0.5)
print(1 == 1.0 == (1 + 0j), 1 == True, 0.5 == 1 / 2, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(int(3.9), int(-3.9), float(3), complex(1, 2), complex('1+2j'))
print(10 // 3, 10.0 // 3, 10 % 3.0, -10 // 3.0)
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(15, -1), round(25, -1))
print(5 .bit_length(), (255).bit_length(), (-1).bit_length(), 0 .bit_length())
print(1e300 * 1e10, -1e300 * 1e10, 1e-320, 5e-324 / 2)
print(float('inf') - float('inf'), float('inf') * 0, 0 * 1e308)
print(True / 2, True // 2, 7 % True, -True)
print(abs(-0.0), -0.0 == 0.0, str(-0.0), 0.0 * -1)
print((3).real, (3).imag, (3).numerator, (3).denominator, (3).conjugate())
print((2.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (2.5).hex())
print((1 + 2j).real, (1 + 2j).imag, (1 + 2j).conjugate(), abs(3j))
