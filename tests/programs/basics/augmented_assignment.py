# Augmented assignment: all operators, in-place vs rebinding, targets evaluated once.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x = 17
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b1010; print(x)
x |= 0b0101; print(x)
x ^= 0xff; print(x)
s = 'ab'; s += 'cd'; s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
count = 0
def idx():
    global count
    count += 1
    print('idx evaluated', count)
    return 0
data = [10, 20]
data[idx()] += 5
print(data, count)
d = {}
def key():
    print('key evaluated')
    return 'k'
d.setdefault('k', 0)
d[key()] += 1
d[key()] *= 7
print(d)
class Obj:
    def __init__(self): self.v = 1
o = Obj()
def get():
    print('get evaluated')
    return o
get().v += 41
print(o.v)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, other):
        print('__iadd__', other)
        self.items.append(other)
        return self
    def __add__(self, other):
        print('__add__ (should not run)')
        return NotImplemented
a = Acc(); b = a
a += 1; a += 2
print(a is b, a.items)
class OnlyAdd:
    def __init__(self, n): self.n = n
    def __add__(self, other): return OnlyAdd(self.n + other)
p = OnlyAdd(1); q = p
p += 5
print(p.n, q.n, p is q)
m = [[0, 0], [0, 0]]
m[1][0] += 3
m[0][1] -= 2
print(m)
sl = [1, 2, 3, 4]
sl[1:3] += [9]
print(sl)
