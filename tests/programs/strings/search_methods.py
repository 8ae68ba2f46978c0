# find/rfind/index/rindex/count/startswith/endswith with ranges and edge cases.
s = 'abracadabra'
print(s.find('a'), s.find('bra'), s.find('z'), s.find(''), s.find('', 5), s.find('', 20))
print(s.rfind('a'), s.rfind('bra'), s.rfind('z'), s.rfind(''), s.rfind('a', 0, 5))
print(s.find('a', 1), s.find('a', 1, 3), s.find('a', -4), s.find('a', -100, -8), s.find('abra', 7))
print(s.index('c'), s.rindex('b'), s.index('a', 4, 6))
for call in (lambda: s.index('z'), lambda: s.rindex('z'), lambda: s.index('a', 20)):
    try:
        call()
    except ValueError as e:
        print('ValueError:', e)
print(s.count('a'), s.count('abra'), s.count(''), s.count('a', 3), s.count('a', 3, 5), 'aaaa'.count('aa'))
print(s.startswith('abra'), s.startswith('bra', 1), s.startswith(('x', 'ab')), s.startswith(''), s.startswith('a', 20))
print(s.endswith('abra'), s.endswith('cad', 0, 7), s.endswith(('z', 'ra')), s.endswith('', 20), s.endswith('a', -1))
try:
    s.startswith(['a'])
except TypeError as e:
    print('TypeError:', e)
print('' .find(''), ''.count(''), ''.startswith(''), 'abc'.find('abcd'), 'abc'.count('', 1, 2))
print('ab' in s, '' in s, 'AB' in s, s.find(None) if False else 'skip None')
try:
    s.find(1)
except TypeError as e:
    print('TypeError:', e)
u = 'naïve café naïve'
print(u.find('ï'), u.rfind('naïve'), u.count('é'), u.index('café'))
print('x' * 100 + 'y'.find('y') if False else ('x' * 100 + 'y').find('y'), ('ab' * 50).rfind('ba'))
print(s.find('a', None, None), s.count('a', None, 5), s.startswith('a', None))
