# Numeric formatting in f-strings across types and spec variants.
ints = [0, 7, -7, 255, 65535, 10**12, -2**40]
for i in ints:
    print(f'{i:d}|{i:5d}|{i:<5d}|{i:^7}|{i:+d}|{i:x}|{i:X}|{i:#x}|{i:o}|{i:#b}|{i:,}|{i:_x}|{i:e}')
floats = [0.0, -0.0, 1.5, -2.25, 1e-5, 123456.789, 1e16, float('inf'), float('-inf'), float('nan')]
for x in floats:
    print(f'{x}|{x:f}|{x:.2f}|{x:e}|{x:.3E}|{x:g}|{x:G}|{x:%}|{x:10.3}|{x:+.1f}|{x:,.2f}')
print(f'{0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.5:.0f} {0.125:.2f} {0.375:.2f}')
print(f'{1/3:.20f}', f'{2/3:.15g}', f'{1e300*10:f}', f'{12345.678:_.2f}')
c = 3 - 4j
print(f'{c}|{c:.2f}|{c:>20}|{c:e}|{complex(0, 1):g}|{-0j}')
print(f'{True:d} {False:5} {True!s:>5} {True:x}')
print(f'{12:n} {1234.5:n} {0.000012:n}')
print(f'{42:c} {9731:c} {0x1F600:c}')
print(f'{1234567:,d} {1234567.891:,.1f} {-1234:08,d} {1234:=10,}')
print(f'{3.14159:.3} {3.14159:.3g} {314159.0:.3} {0.0001234:.2}')
print(f'{100:%} {0.256:.1%} {-0.5:%}')
