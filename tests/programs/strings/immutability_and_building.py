# Strings are immutable; building strings with +=, join, and repetition.
s = 'abc'
try:
    s[0] = 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    del s[0]
except TypeError as e:
    print('TypeError:', e)
t = s
t += 'def'
print(s, t, s is t)
parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, '+'.join(parts))
acc = ''
for ch in 'hello':
    acc = ch + acc
print(acc)
print('-' * 20, 'ab' * 0, 'ab' * -3, 3 * 'xy', 'x' * True)
try:
    'a' * 2.0
except TypeError as e:
    print('TypeError:', e)
try:
    'a' + 5
except TypeError as e:
    print('TypeError:', e)
big = 'x' * 100000
print(len(big), big[:3], big[-3:], big.count('x'), len(big + big))
lst = list('hello')
lst[0] = 'J'
print(''.join(lst), lst)
print(s.upper(), s, 'upper did not mutate')
print('abc' + 'def' == 'abcdef', 'ab' 'cd', ('x' 'y') * 2)
try:
    'abc'.append('d')
except AttributeError as e:
    print('AttributeError:', e)
print(hash('abc') == hash('ab' + 'c'), 'abc'.__len__(), 'abc'.__contains__('b'), 'abc'.__getitem__(1))
print('abc'.__add__('d'), 'ab'.__mul__(2), 'ab'.__rmul__(2), 'x'.__mod__(()) if False else '%s'.__mod__('mod'))
print(str.join(',', ['a', 'b']), str.__add__('p', 'q'))
