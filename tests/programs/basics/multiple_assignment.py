# Chained assignment, target order, tuple swaps, nested targets.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
lst = [0, 1, 2]
i = 0
i, lst[i] = 1, 'set'
print(i, lst)
order = []
class T:
    def __setitem__(self, k, v):
        order.append(('set', k, v))
t = T()
t[1] = t[2] = 'v'
print(order)
(p, q), r = 'ab', 'c'
print(p, q, r)
[[m]] = [[5]]
print(m)
d = {}
d['a'], d['b'] = 'AB'
print(d)
class O: pass
o = O()
o.x, o.y = (o, 7)
print(o.x is o, o.y)
n = [1, 2, 3]
n[0], n[2] = n[2], n[0]
print(n)
k = [0, 0]
j = 0
j, k[j] = 1, 99
print(j, k)
s = 'hi'
s1 = s2 = s[::-1]
print(s1, s2)
u, = [42]
print(u)
v = w, z = 3, 4
print(v, w, z)
aa = bb = 5
aa += 1
print(aa, bb)
