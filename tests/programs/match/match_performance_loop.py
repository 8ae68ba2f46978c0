# Many matches in a loop (exercises repeated pattern evaluation) with counters.
counts = {}
def bucket(v):
    match v:
        case int(n) if n < 0:
            return 'neg'
        case 0:
            return 'zero'
        case int(n) if n % 15 == 0:
            return 'fizzbuzz'
        case int(n) if n % 5 == 0:
            return 'buzz'
        case int(n) if n % 3 == 0:
            return 'fizz'
        case int():
            return 'num'
        case str():
            return 'str'
        case [*items]:
            return 'list%d' % len(items)
        case _:
            return 'other'
data = list(range(-5, 100)) + ['a', 'b'] + [[1], [1, 2], []] + [None, 1.5]
for v in data:
    k = bucket(v)
    counts[k] = counts.get(k, 0) + 1
print(counts)
print([bucket(i) for i in range(1, 16)])
def parse_cmd(line):
    match line.split(maxsplit=1):
        case ['set', rest]:
            key, _, value = rest.partition('=')
            return ('set', key.strip(), value.strip())
        case ['get', key]:
            return ('get', key)
        case ['del', key]:
            return ('del', key)
        case ['list']:
            return ('list',)
        case []:
            return ('noop',)
        case [cmd, *_]:
            return ('error', cmd)
store = {}
for line in ['set a = 1', 'set b=two', 'get a', 'list', '', 'del a', 'list', 'frob x']:
    cmd = parse_cmd(line)
    match cmd:
        case ('set', k, v):
            store[k] = v
        case ('get', k):
            print('get', k, '->', store.get(k))
        case ('del', k):
            store.pop(k, None)
        case ('list',):
            print('store:', store)
        case ('error', c):
            print('unknown command', c)
