# Quote styles, triple-quoted f-strings, multi-line expressions, and concatenation.
d = {'key': 'value', "other": 2}
print(f"{d['key']}", f'{d["other"]}', f'''{d['key']} and {d["other"]}''', f"""{d["key"]!r}""")
total = f'''{
    1 +
    2 +
    3
}'''
print(total)
msg = (
    f'line one {1}\n'
    f'line two {2}\n'
    'plain three\n'
    f'line four {2 * 2}'
)
print(msg)
print(f'''multi
{d['key']:>8}
   indented {len(d)}''')
name = 'x'
print(f'{name!r}' '{not formatted}' f'{{escaped}}')
print(F'upper-case prefix {name}', Rf'{name}\t', fR'{name}\t', FR'{name}\n')
s = f'{"{"}{name}{"}"}'
print(s, len(s))
long = f'{"x" * 50}'
print(long, len(long))
print(f'{"":^{len(name) + 4}}|', f'{name:{"^"}{5}}|')
print(f"{f'{1 + 1}'}", f'{chr(39)}quoted{chr(39)}', f'{chr(9)!r}')
print(f'{3}{4}{5}', f'{"multi" "part"}', f'{"a":2}{"b":>2}')
