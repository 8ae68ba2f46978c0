# Sets and dicts of strings: only sorted output is hash-seed independent.
words = 'the quick brown fox jumps over the lazy dog the end'.split()
uniq = set(words)
print(sorted(uniq), len(uniq))
print(sorted(uniq - {'the', 'a'}), sorted(uniq & {'fox', 'cat', 'dog'}), sorted({'x', 'y'} | {'y', 'z'}))
print(sorted(set('mississippi')), ''.join(sorted(set('hello world'))))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
fs = frozenset(['b', 'a', 'c'])
print(sorted(fs), 'a' in fs, len(fs), sorted(fs | {'d'}))
mixed = {'b', b'b', 'a', b'a'}
print(sorted(x for x in mixed if isinstance(x, str)), sorted(x for x in mixed if isinstance(x, bytes)))
print(hash('abc') == hash('abc'), hash('') == 0, hash(b'') == 0, hash('a') == hash('a' + ''))
keys = {('k', 1), ('k', 2), ('j', 1)}
print(sorted(keys))
nested = {frozenset({'a', 'b'}), frozenset({'c'})}
print(sorted(sorted(f) for f in nested))
print(sorted({'é', 'e', 'E', 'É'}), sorted({'😀', 'a', '日'}))
