# Dict ordering semantics under updates, deletes, and rebuilds; OrderedDict-free LRU.
d = {}
for k in ['z', 'a', 'm', 'b']:
    d[k] = len(d)
print(list(d))
d['a'] = 'updated keeps position'
print(list(d.items()))
del d['z']
d['z'] = 'reinserted at end'
print(list(d))
d2 = dict(sorted(d.items()))
print(list(d2), d == d2, list(d) == list(d2))
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = {}
    def get(self, k):
        if k not in self.data:
            return None
        v = self.data.pop(k)
        self.data[k] = v
        return v
    def put(self, k, v):
        self.data.pop(k, None)
        self.data[k] = v
        if len(self.data) > self.cap:
            oldest = next(iter(self.data))
            del self.data[oldest]
            print('evicted', oldest)
cache = LRU(3)
for k in 'abc':
    cache.put(k, k.upper())
cache.get('a')
cache.put('d', 'D')
cache.put('e', 'E')
print(list(cache.data.items()))
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(list(big)[:5], len(big))
for i in range(0, 10, 2):
    big[i] = 'back'
print(list(big)[-5:], list(big)[:3])
keys = list({x: None for x in [5, 3, 5, 1, 3, 9]})
print(keys)
print(list(dict.fromkeys('mississippi')))
print(list({**{'b': 1}, **{'a': 2}, **{'b': 3}}))
