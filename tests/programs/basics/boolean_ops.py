# and/or return operands; short-circuiting; not.
def t(name, val):
    print('eval', name)
    return val
print(t('a', 0) and t('b', 1))
print(t('a', 1) and t('b', 2))
print(t('a', 0) or t('b', 0))
print(t('a', '') or t('b', 'x') or t('c', 'y'))
print(t('a', 1) and t('b', 0) or t('c', 'z'))
print([] or {} or () or 'last')
print([1] and (2,) and {3: 3})
print(None and 1 / 0)
print(1 or 1 / 0)
x = 5
print(x > 3 and x < 10, x > 3 and 'big' or 'small')
print(not x, not not x, not None, not 'a')
r = (0 or None) is None
print(r)
print(1 and 2 and 3, 1 and 0 and 3, 0 or 0.0 or 0j)
v = []
result = v or v.append(1) or v
print(result, v)
print(type(1 and 2.0).__name__, type(0 or '').__name__)
class Noisy:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print('bool of', self.v)
        return bool(self.v)
    def __repr__(self): return 'Noisy(%r)' % self.v
print(Noisy(0) or Noisy(1))
print(Noisy(1) and Noisy(2))
print(not Noisy(0))
if Noisy(3) and Noisy(0):
    print('no')
else:
    print('else branch')
