# Floor division and modulo sign rules for ints and floats.
vals = [7, -7, 3, -3, 0, 1, 10 ** 20, -(10 ** 20)]
for a in (7, -7, 0, 10 ** 20 + 3, -(10 ** 20) - 3):
    for b in (3, -3, 1, -1, 7, 10 ** 10):
        q, r = a // b, a % b
        assert q * b + r == a
        print(a, b, q, r, divmod(a, b) == (q, r))
for a in (7.5, -7.5, 0.0, -0.0, 1e300, 5.0):
    for b in (2.0, -2.0, 0.1, float('inf'), float('-inf')):
        print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, -1e-300 % 1.0, 1e-300 % -1.0, 6.0 % 3.0, -6.0 % 3.0)
print(5 % float('inf'), -5 % float('inf'), 5 // float('inf'), -5 // float('inf'))
for a, b in ((1, 0), (1.0, 0), (0, 0.0), (10 ** 30, 0)):
    for op in ('//', '%', 'divmod'):
        try:
            r = divmod(a, b) if op == 'divmod' else (a // b if op == '//' else a % b)
            print(op, r)
        except ZeroDivisionError as e:
            print(op, a, b, 'ZeroDivisionError:', e)
print(True // 2, True % 2, -True // 2, 7 // True, 3.5 // True)
print((-3) // 2, -(3 // 2), int(-3 / 2), round(-3 / 2))
