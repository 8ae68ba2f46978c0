# Shallow copies via slicing, constructors and .copy(); identity of nested objects.
orig = [[1, 2], {'k': 'v'}, (3, [4])]
copies = {'slice': orig[:], 'list()': list(orig), 'copy()': orig.copy(), 'comp': [x for x in orig], 'mul': orig * 1}
for name, c in copies.items():
    print(name, c == orig, c is orig, all(a is b for a, b in zip(c, orig)))
orig[0].append(3)
print(copies['slice'][0], copies['copy()'][0])
d = {'a': [1]}
for name, c in {'dict()': dict(d), 'copy()': d.copy(), 'unpack': {**d}, 'comp': {k: v for k, v in d.items()}}.items():
    print(name, c == d, c is d, c['a'] is d['a'])
s = {1, 2}
print(set(s) is s, s.copy() == s, frozenset(s) == s)
t = (1, [2])
print(tuple(t) is t, t[:] is t, t + () == t)
b = bytearray(b'ab')
b2 = bytearray(b)
b2[0] = 0
print(b, b2)
def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    if id(x) in memo:
        return memo[id(x)]
    if isinstance(x, list):
        out = []
        memo[id(x)] = out
        out.extend(deepcopy(v, memo) for v in x)
        return out
    if isinstance(x, dict):
        out = {}
        memo[id(x)] = out
        for k, v in x.items():
            out[k] = deepcopy(v, memo)
        return out
    return x
cyc = [1, {'x': [2]}]
cyc.append(cyc)
dc = deepcopy(cyc)
print(dc[2] is dc, dc[1] is not cyc[1], dc[1]['x'] == [2], repr(dc))
grid = [[0] * 2] * 2
fixed = [row[:] for row in grid]
fixed[0][0] = 1
print(grid, fixed)
