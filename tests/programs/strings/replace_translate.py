# replace with counts, translate and maketrans forms.
s = 'the cat sat on the mat'
print(s.replace('at', 'og'), s.replace('at', 'og', 2), s.replace('the ', ''), s.replace('', '-'))
print('aaa'.replace('a', 'b', 0), 'aaa'.replace('a', 'b', -1), 'abc'.replace('', '|', 2), ''.replace('', 'x'))
print('aaaa'.replace('aa', 'b'), 'abab'.replace('ab', 'abab'), 'x'.replace('x', ''))
table = str.maketrans('abc', 'xyz')
print(sorted(table.items()), 'aabbcc'.translate(table))
table2 = str.maketrans('ab', 'AB', 'c')
print('abcabc'.translate(table2))
table3 = str.maketrans({'a': 'ALPHA', 'b': None, ord('c'): 'C'})
print(sorted(table3.items()), 'abcd'.translate(table3))
print('hello'.translate({ord('l'): 'L', ord('o'): 0x4F}))
try:
    str.maketrans('ab', 'x')
except ValueError as e:
    print('ValueError:', e)
try:
    str.maketrans({'ab': 1})
except ValueError as e:
    print('ValueError:', e)
try:
    'a'.translate({ord('a'): 1.5})
except TypeError as e:
    print('TypeError:', e)
class Lookup:
    def __getitem__(self, k):
        if k == ord('x'):
            raise LookupError
        return chr(k).upper()
print('axbx'.translate(Lookup()))
rot13 = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                      'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')
print('Hello, World!'.translate(rot13), 'Hello, World!'.translate(rot13).translate(rot13))
print('naïve'.replace('ï', 'i'), 'ĳ'.translate({0x133: 'ij'}), '😀x'.replace('😀', ':)'))
print(str.maketrans('', ''), ''.translate({}), 'abc'.translate({}))
