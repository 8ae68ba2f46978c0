# Very deeply nested data: repr and comparison hit the recursion limit and raise RecursionError.
import sys
deep = []
cur = deep
for _ in range(200000):
    nxt = []
    cur.append(nxt)
    cur = nxt
print('built 200000-deep list')
try:
    repr(deep)
except RecursionError as e:
    print('RecursionError from repr:', type(e).__name__)
other = []
cur = other
for _ in range(200000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    print(deep == other)
except RecursionError:
    print('RecursionError from ==')
d = {}
cur = d
for _ in range(100000):
    cur['k'] = {}
    cur = cur['k']
try:
    str(d)
except RecursionError:
    print('RecursionError from dict str')
t = ()
for _ in range(50000):
    t = (t,)
try:
    hash(t)
    print('hash of deep tuple computed')
except RecursionError:
    print('RecursionError from hash')
shallow = [[[[[1]]]]]
print(repr(shallow), shallow == [[[[[1]]]]])
a = [1]
a.append(a)
b = [1]
b.append(b)
try:
    print(a == b)
except RecursionError:
    print('RecursionError comparing distinct self-referencing lists')
print(a == a, a is a, repr(a))
print(sys.getrecursionlimit())
print('dropping deep structures')
del deep, other, d, t
print('done')
