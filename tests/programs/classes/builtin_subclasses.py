# Subclassing list, dict, str, int, tuple and set.
class MyList(list):
    def append(self, x):
        print('append', x)
        super().append(x)
    def total(self):
        return sum(self)
ml = MyList([1, 2])
ml.append(3)
ml.extend([4])
print(ml, ml.total(), type(ml[:]).__name__, type(ml + ml).__name__, isinstance(ml, list))
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = 'made ' + str(key)
        return self[key]
dd = DefaultDict(a=1)
print(dd['a'], dd['zz'], dd, dd.get('yy'), 'yy' in dd)
class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
ld = LowerDict()
ld['ABC'] = 1
ld.update({'XYZ': 2})
print(ld)
class Word(str):
    def shout(self):
        return self.upper() + '!'
w = Word('hi')
print(w.shout(), type(w * 2).__name__, type(w.upper()).__name__, w == 'hi', hash(w) == hash('hi'))
class Money(int):
    def __repr__(self):
        return '$%d' % self
    def __add__(self, o):
        return Money(int(self) + int(o))
m = Money(5)
print(m, m + 3, 3 + m, type(3 + m).__name__, m * 2)
class OrderedSet(set):
    pass
os_ = OrderedSet([3, 1, 2])
print(sorted(os_), type(os_ | {9}).__name__, isinstance(os_, set))
class Point(tuple):
    __slots__ = ()
    x = property(lambda self: self[0])
print(Point((5, 6)).x, Point((5, 6)) == (5, 6))
class Flag(int):
    pass
print(Flag(1) == True, Flag(3) & 1)
class Counter(dict):
    def __init__(self, it=()):
        super().__init__()
        for x in it:
            self[x] = self.get(x, 0) + 1
print(Counter('mississippi'))
