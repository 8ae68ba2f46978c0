# Set iteration order through table resizes, deletions and re-insertions.
s = set()
snapshots = []
for i in range(0, 200, 7):
    s.add(i)
    if len(s) in (4, 5, 8, 16, 20, 29):
        snapshots.append(list(s))
for snap in snapshots:
    print(snap)
for i in range(0, 200, 14):
    s.discard(i)
print(list(s))
for i in range(300, 200, -9):
    s.add(i)
print(list(s))
t = set(range(32, 0, -1))
print(list(t))
t.clear()
t.update([64, 0, 128, 32])
print(list(t))
u = {-1, -2}
for k in range(10):
    u.add(k * 1024)
print(list(u))
v = set()
for k in [2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 61) + 1]:
    v.add(k)
print(list(v), [hash(k) for k in v])
w = set(range(1, 9))
w.pop()
w.pop()
print(w, len(w))
print(set([1, 9, 17, 25, 33, 41]), set([41, 33, 25, 17, 9, 1]))
