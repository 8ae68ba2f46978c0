# float methods and attributes.
for x in [0.0, -0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 123.456, float('inf')]:
    if x != float('inf'):
        print(repr(x), x.as_integer_ratio(), x.hex(), x.is_integer(), x.real, x.imag, x.conjugate())
    else:
        print('inf', x.hex(), x.is_integer())
for s in ['0x1.0p0', '0x1.8p1', '-0x1p-2', '0X1.FFFFFFFFFFFFFP+1023', '0x0.0000000000001p-1022', '0x1p-1075', '0x1.000000000000080p0', '1', '0xA']:
    print(s, repr(float.fromhex(s)))
for bad in ['0x1p', 'x1', '0x1.0p0q', '']:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print(repr(bad), 'ValueError:', e)
try:
    float.fromhex('0x1p1024')
except OverflowError as e:
    print('OverflowError:', e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print('ValueError:', e)
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print('OverflowError:', e)
print((2.5).__trunc__(), (2.5).__floor__(), (2.5).__ceil__(), (-2.5).__floor__(), (-2.5).__ceil__(), (2.5).__round__())
print((7.0).__divmod__(2), (7.5).__mod__(-2), (1.5).__pow__(2), (2.0).__rpow__(3), float.__getformat__('double'))
print(float.__name__, (1.5).__int__(), (1.5).__float__(), (3.0).__hash__() == hash(3))
