# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__.
class Seq:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(*self.items[i])
        return self.items[i]
    def __setitem__(self, i, v):
        print('setitem', i, v)
        self.items[i] = v
    def __delitem__(self, i):
        print('delitem', i)
        del self.items[i]
    def __repr__(self):
        return 'Seq%r' % (tuple(self.items),)
s = Seq(1, 2, 3, 4)
print(len(s), s[0], s[-1], s[1:3], list(s), 3 in s, 9 in s, list(reversed(s)))
s[0] = 'first'
del s[1]
print(s, sorted(Seq(3, 1, 2)), sum(Seq(1, 2, 3)), max(Seq(5, 9, 2)))
class WithContains:
    def __contains__(self, x):
        print('contains', x)
        return x == 'magic'
    def __iter__(self):
        return iter(['never used for in'])
w = WithContains()
print('magic' in w, 'other' not in w)
class IterOnly:
    def __iter__(self):
        yield from 'abc'
print('b' in IterOnly(), 'z' in IterOnly(), list(IterOnly()))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
    def __reversed__(self):
        return iter(['custom', 'reversed'])
print(list(reversed(Rev())), list(Rev()))
class BadLen:
    def __len__(self): return -5
try:
    len(BadLen())
except ValueError as e:
    print('ValueError:', e)
class HugeLen:
    def __len__(self): return 2 ** 70
try:
    len(HugeLen())
except OverflowError as e:
    print('OverflowError:', e)
class FloatLen:
    def __len__(self): return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print('TypeError:', e)
try:
    len(5)
except TypeError as e:
    print('TypeError:', e)
class NoSetItem:
    def __getitem__(self, i): return i
try:
    NoSetItem()[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    del NoSetItem()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ':', e)
