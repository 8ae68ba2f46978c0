# int() parsing: bases, prefixes, underscores, whitespace, signs and errors.
good = ['0', '-0', '+5', '  42  ', '\t-7\n', '1_000', '0_0', '00012', '١٢٣', '０１２', '99999999999999999999999']
for s in good:
    print(repr(s), int(s))
based = [('ff', 16), ('FF', 16), ('0xff', 16), ('0xff', 0), ('0o17', 0), ('0b101', 0), ('z', 36), ('Z', 36),
         ('101', 2), ('-0b11', 0), ('  0x_1_f ', 0), ('777', 8), ('10', 3), ('0', 0), ('000', 0), ('1_0', 0)]
for s, b in based:
    print(repr(s), b, int(s, b))
bad = [('', 10), (' ', 10), ('1.0', 10), ('1e3', 10), ('_1', 10), ('1_', 10), ('1__0', 10), ('0x', 16),
       ('12', 2), ('09', 0), ('010', 0), ('0b2', 0), ('abc', 10), ('- 1', 10), ('++1', 10), ('1', 1),
       ('1', 37), ('0x10', 10), ('\x00', 10), ('1\x00', 10)]
for s, b in bad:
    try:
        int(s, b)
        print(repr(s), b, 'parsed?!')
    except ValueError as e:
        print('ValueError:', e)
print(int(3.99), int(-3.99), int(True), int(b'12'), int(bytearray(b'-3')), int(), int(1e20), int(-0.0))
for bad in [float('inf'), float('nan')]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
for bad in [None, [], '1', 1.5]:
    try:
        int(bad, 10)
    except TypeError as e:
        print('TypeError:', e)
print(int('10', base=16), int(x='11') if False else int('11'), int('0b1', base=0))
