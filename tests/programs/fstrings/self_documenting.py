# The = specifier: spacing preserved, default repr, combined with conversions and specs.
x, name, pi = 42, 'Ann', 3.14159
print(f'{x=}')
print(f'{x = }')
print(f'{x= }|{x =}|')
print(f'{name=}')
print(f'{name=!s}')
print(f'{name=!a}')
print(f'{pi=:.2f}')
print(f'{pi = :>10.3f}|')
print(f'{x + 1=}')
print(f'{x*2 = }')
print(f'{[i for i in range(3)]=}')
print(f'{name.upper()=}')
print(f'{"é"=}')
print(f'{x=!r}')
print(f'{None=} {True=} {3.0=}')
d = {'k': [1, 2]}
print(f"{d['k'][1]=}")
print(f'{x=:#x}, {x=:08b}')
class W:
    def __repr__(self): return 'W-repr'
    def __str__(self): return 'W-str'
    def __format__(self, spec): return 'W-format(' + spec + ')'
w = W()
print(f'{w=}')
print(f'{w=!s}')
print(f'{w=:spec}')
print(f'{w}')
print(f'{(lambda: 1)()=}')
print(f'{x   =   }')
print(f'{x!=5}')
print(f'{x==42=}')
