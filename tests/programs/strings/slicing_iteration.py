# String indexing, slicing, iteration and membership.
s = 'Hello, World!'
print(s[0], s[-1], s[7:12], s[:5], s[7:], s[::2], s[::-1], s[-6:-1], s[100:], s[-100:3])
try:
    s[13]
except IndexError as e:
    print('IndexError:', e)
try:
    s['a']
except TypeError as e:
    print('TypeError:', e)
for i, ch in enumerate('abc'):
    print(i, ch, ord(ch))
print(list('xyz'), tuple('xy'), set('aab') == {'a', 'b'}, dict.fromkeys('ab'))
print([c for c in 'hello' if c != 'l'], ''.join(reversed('stressed')))
print('lo' in s, 'LO' in s, '' in '', 'x' not in s, ',' in s)
it = iter('ab')
print(next(it), next(it), next(it, 'end'))
print(s[1:10:3], s[10:1:-3], s[::-3], s[5:5], s[6:2])
print(len(s), len(s[::2]), len(''), len(' '))
print(s.__getitem__(slice(0, 5)), s[slice(None, None, -1)] == s[::-1])
big = 'abcdefghijklmnopqrstuvwxyz'
print(big[::5], big[1::5], big[-1::-5], big[3:-3:4])
print([big[i:i + 5] for i in range(0, len(big), 5)])
print(min(s), max(s), sorted(set(s))[:5], s.count('l'))
print(list(zip('abc', 'xyz')), list(map(str.upper, 'ab')))
print('é日😀'[1], 'é日😀'[-1:], 'é日😀'[::-1], len('é日😀'[1:]))
