# Building aligned text tables with f-strings.
rows = [
    ('apple', 3, 0.5),
    ('banana', 12, 0.25),
    ('cherry', 100, 10.0),
    ('kiwi', 0, 1.125),
]
header = f'{"name":<10}|{"qty":>5}|{"price":>8}|{"total":>9}'
print(header)
print('-' * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f'{name:<10}|{qty:>5d}|{price:>8.3f}|{total:>9.2f}')
print('=' * len(header))
print(f'{"TOTAL":<10}|{"":>5}|{"":>8}|{grand:>9.2f}')
for width in range(1, 8, 2):
    print(f'{"*" * width:^9}')
for i in range(1, 6):
    print(f'{i:>2} {i * i:>3} {i ** 3:>4} {2 ** i:>4} {1 / i:>8.4f}')
for fill in '.-=':
    print(f'{"x":{fill}^11}')
names = ['a', 'bb', 'ccc']
widest = max(map(len, names))
for n in names:
    print(f'[{n:>{widest}}] [{n:<{widest}}] [{n:^{widest + 2}}]')
