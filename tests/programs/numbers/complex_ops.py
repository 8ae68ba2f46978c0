# Complex numbers: arithmetic, repr, parsing, attributes, and unsupported ops.
z = 3 + 4j
w = 1 - 2j
print(z + w, z - w, z * w, z / w, -z, +z, abs(z), z.conjugate(), z.real, z.imag)
print(z ** 2, z ** 0.5, z ** w, 2 ** z if False else (2 ** z).real > 0, 1j ** 2, (1j) ** 1j)
print(complex(1), complex(1, 2), complex('3+4j'), complex(' -1.5-2.5j '), complex('j'), complex('-j'), complex('1e3j'))
print(complex(1j, 1j), complex(2, 1j), complex('inf+nanj'), complex(float('inf'), 0))
print(repr(1j), repr(-1j), repr(0j), repr(-0j), repr(complex(0, -0.0)), repr(complex(-0.0, 0)), repr(1 + 0j))
print(repr(complex(1e300, 1e-300)), repr(complex(float('nan'), 1)), str(2 - 0j), repr(complex(-1, -0.0)))
for bad in ['', '1+', 'j1', '1+2i', '(1+2j', '1 + 2j', 'abc']:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), 'ValueError:', e)
print(complex('(1+2j)'), complex('  (3-4j)  '))
for op in [lambda: z // w, lambda: z % w, lambda: z < w, lambda: int(z), lambda: float(z), lambda: round(z), lambda: divmod(z, w)]:
    try:
        op()
    except TypeError as e:
        print('TypeError:', e)
try:
    z / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(z == 3 + 4j, z == complex(3, 4), 1 + 0j == 1, 1j == 1, (1 + 0j) == 1.0, hash(1 + 0j) == hash(1))
print(z.__class__.__name__, isinstance(z, complex), bool(0j), bool(1e-300j), complex(True, False))
print((1 + 2j) * (1 - 2j), (2 + 3j) / (2 + 3j), 1 / 1j, (1e308 + 1e308j) * 2)
print(abs(3e200 + 4e200j), abs(complex(float('inf'), float('nan'))))
