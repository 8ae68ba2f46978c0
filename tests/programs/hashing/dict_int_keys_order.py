# Dicts keep insertion order regardless of hash; sets derived from them do not.
d = {}
for k in [100, 3, 57, -8, 2 ** 40, 0]:
    d[k] = str(k)
print(d, list(d), set(d))
d2 = dict.fromkeys([9, 8, 7, 6, 5, 4, 3, 2, 1])
print(list(d2), set(d2))
d3 = {(i * 13) % 17: i for i in range(17)}
print(list(d3)[:8], sorted(d3) == list(range(17)))
print(set(d3))
inv = {v: k for k, v in d3.items()}
print(list(inv)[:8])
print({k: v for k, v in sorted(d3.items())} == d3, list({k: v for k, v in sorted(d3.items())})[:5])
print(set(d.values()) == {str(k) for k in d}, sorted(set(d.values())))
counts = {}
for n in [5, 3, 5, 1, 3, 5, 9]:
    counts[n] = counts.get(n, 0) + 1
print(counts, set(counts), set(counts.values()))
