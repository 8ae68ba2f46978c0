# int methods: bit_length, bit_count, as_integer_ratio, conjugate, numerator, from/to_bytes.
for n in [0, 1, -1, 7, -8, 255, 256, 2 ** 63, -(2 ** 63), 2 ** 100 - 1]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.numerator, n.denominator, n.real, n.imag)
print(int.bit_length(5), (5).__index__(), (5).__int__(), (5).__float__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__())
print((7).__round__(), (17).__round__(-1), (25).__round__(-1), (15).__round__(-1), (-15).__round__(-1))
print((10).__divmod__(3), (10).__rdivmod__(3), (2).__pow__(5), (2).__rpow__(5), (6).__neg__(), (6).__invert__())
print((5).__add__(1.0), (5).__eq__(5.0), (5).__lt__('a'), (3).__sizeof__() > 0)
print(int.__name__, int.__doc__.split('\n')[0])
print((255).to_bytes(2, 'big'), int.from_bytes(b'\x00\xff', 'big'), (1).__bool__(), (0).__bool__())
print((-5).__abs__(), (-5).__pos__(), (12).__and__(10), (12).__or__(3), (12).__xor__(5), (1).__lshift__(8), (256).__rshift__(4))
print(divmod(-7, 2), (-7).__floordiv__(2), (-7).__mod__(2), (7).__truediv__(2), (7).__rtruediv__(2))
print(int.from_bytes(b'\xfe\xff', 'little', signed=True), (65534).to_bytes(2, 'little'))
print(sum(1 for n in range(1000) if n.bit_count() == 3), [n for n in range(20) if n.bit_count() == 1])
print(max(range(100), key=lambda v: (v.bit_count(), v)), (2 ** 1000).bit_count(), (2 ** 1000 - 1).bit_count())
for base_value in (0, 1, 2 ** 31 - 1, -(2 ** 31)):
    print(base_value, hex(base_value), oct(base_value), bin(base_value), base_value.bit_length())
print(int.__new__(int, 5), int.__new__(bool, 1) if False else int.__new__(int, '7'), type(int.__new__(int)).__name__)
