# Mutating containers while comprehensions iterate over them.
lst = [1, 2, 3]
try:
    res = [lst.append(x) or x for x in lst if len(lst) < 6]
except Exception as e:
    res = type(e).__name__
print(res, lst)
d = {'a': 1, 'b': 2}
try:
    [d.setdefault(k + k, 0) for k in d]
except RuntimeError as e:
    print('RuntimeError:', e)
print(d)
s = {1, 2, 3}
try:
    {s.add(x + 10) for x in s}
except RuntimeError as e:
    print('RuntimeError:', e)
print(sorted(s))
nums = list(range(6))
print([nums.pop() for _ in range(3)], nums)
q = [0]
for v in q:
    if v < 4:
        q.append(v + 1)
print(q)
snapshot = {k: v for k, v in list(d.items())}
d.clear()
print(snapshot, d)
keys = ['x', 'y']
values = [k.upper() for k in keys]
keys.append('z')
print(values, keys)
data = [3, 1, 2]
sorted_copy = sorted(x for x in data)
data.sort(reverse=True)
print(sorted_copy, data)
