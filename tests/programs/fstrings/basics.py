# f-string basics: expressions, method calls, dict access, escaping braces.
name, n, pi = 'world', 42, 3.14159
print(f'hello {name}', f'{n + 1}', f'{name.upper()}', f'{[1, 2][0]}', f"{ {'a': 1}['a'] }")
print(f'{{literal braces}}', f'{{{n}}}', f'{{}}', f'}}{{')
print(f'{n!r:>5}|', f'{name!s:^9}|', f'{name!a}', f'{"é"!a}', f'{"é"!r}')
print(f'{n:08.3f}', f'{pi:.2f}', f'{n:x}', f'{n:#o}', f'{n:b}', f'{n:,}', f'{10**6:_}')
width, prec = 10, 3
print(f'{pi:{width}.{prec}f}|', f'{pi:>{width}}|', f'{name:{"*"}^{width}}')
print(f'{"nested " + f"{n}"}')
print(f'{3 if n > 10 else 4}', f'{(lambda x: x * 2)(n)}', f'{n:{"d"}}')
print(f"{'single'} {'x'!r}", f'{"double"!r}')
items = ['a', 'b']
print(f'{", ".join(items)}', f'{len(items)=}', f'{items[-1]=}')
print(f'''triple {n}
second line {name}''')
print(f'{n}' f'{name}' 'plain' f'{pi:.1f}')
x = 5
print(f'{x:{x}}|', f'{x!r:{x}}|')
print(f'{"":>3}|', f'{None}', f'{True:>6}', f'{3.0}', f'{1e20}', f'{1e-7}')
print(f'{n:=+8}', f'{-n:=8}', f'{n:+}', f'{n: }')
print(rf'raw {name}\n', fr'\d{n}')
print(f'{"a" "b"}', f'{(1, 2)}', f'{1, 2}' if False else f'{(1, 2)!s}')
