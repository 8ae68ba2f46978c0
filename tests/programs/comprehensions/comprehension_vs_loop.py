# Comprehensions produce the same results as equivalent explicit loops.
def loop_version(n):
    out = []
    for i in range(n):
        if i % 3:
            for j in range(i):
                if (i + j) % 2:
                    out.append((i, j))
    return out
def comp_version(n):
    return [(i, j) for i in range(n) if i % 3 for j in range(i) if (i + j) % 2]
print(loop_version(7) == comp_version(7), len(comp_version(7)))
print(comp_version(5))
def dict_loop(words):
    out = {}
    for w in words:
        out[w] = out.get(w, 0) + 1
    return out
words = 'a b a c b a'.split()
print(dict_loop(words), {w: words.count(w) for w in words})
print(dict_loop(words) == {w: words.count(w) for w in words})
print(list(map(lambda x: x * 2, range(5))) == [x * 2 for x in range(5)])
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), [x for x in [0, 1, '', 'a', None, [], [0]] if x])
total = 0
for x in range(1, 11):
    total += x * x
print(total, sum(x * x for x in range(1, 11)), sum([x * x for x in range(1, 11)]))
pairs = []
for a in 'ab':
    for b in (1, 2):
        pairs.append(a + str(b))
print(pairs == [a + str(b) for a in 'ab' for b in (1, 2)], pairs)
print(set(x % 4 for x in range(10)) == {x % 4 for x in range(10)})
print(dict((x, str(x)) for x in range(3)) == {x: str(x) for x in range(3)})
