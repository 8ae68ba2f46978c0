# String comparison is by code point; sorting, min/max, and mixed-type errors.
pairs = [('a', 'b'), ('a', 'A'), ('abc', 'abd'), ('ab', 'abc'), ('', 'a'), ('Z', 'a'), ('é', 'f'),
         ('10', '9'), ('a', 'a'), ('日', '本'), ('😀', '\uffff'), ('\x00', ''), ('aB', 'Ab')]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
words = ['banana', 'Apple', 'cherry', 'apple', '10', '9', 'Banana', '_x', 'éclair', ' space']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, reverse=True))
print(min(words), max(words), min(words, key=len), max(words, key=lambda w: w[-1]))
try:
    'a' < 1
except TypeError as e:
    print('TypeError:', e)
try:
    sorted(['a', b'a'])
except TypeError as e:
    print('TypeError:', e)
print('a' == b'a', 'a' != b'a', 'abc' == 'abc'[:], 'a' * 3 == 'aaa')
print(('a', 1) < ('a', 2), ['b'] > ['a', 'z'], 'apple' < 'apples' < 'applet')
print(sorted('hello world'), ''.join(sorted('zyxwv')))
print(sorted(['a10', 'a2', 'a1']), sorted(['a10', 'a2', 'a1'], key=lambda s: int(s[1:])))
