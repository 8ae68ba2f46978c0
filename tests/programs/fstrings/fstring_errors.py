# f-string syntax errors (3.11 rules) reported through compile().
cases = [
    "f'{}'",
    "f'{ }'",
    "f'{'",
    "f'}'",
    "f'{x'",
    "f'{x!}'",
    "f'{x:{'",
    "f'{#comment}'",
    "f'{\\n}'",
    "f'{a b}'",
    "f'{x=!}'",
    "f'{lambda x: 1}'",
    "f'{yield}'",
    "f'{*x}'",
    "f'{x:}'",
    "f'{(lambda x: 1)}'",
    "f'{x!r:}'",
    "f'{\"a\"}'",
    "f'''{\n1\n}'''",
    "f'{{}}'",
]
for src in cases:
    try:
        compile(src, 'fcase', 'eval')
        print(repr(src), 'OK')
    except SyntaxError as e:
        print(repr(src), 'SyntaxError:', e.msg)
x = 5
print(f'{x:}', f'{x!r:}', f'''{
x
}''')
try:
    eval("f'{1/0}'")
except ZeroDivisionError as e:
    print('ZeroDivisionError at runtime:', e)
try:
    f'{x:invalid}'
except ValueError as e:
    print('ValueError:', e)
try:
    f'{"s":d}'
except ValueError as e:
    print('ValueError:', e)
try:
    f'{object():>5}'
except TypeError as e:
    print('TypeError:', e)
