# Generator-based coroutines: priming, accumulating via send, trampolines.
def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
@coroutine
def counter(results):
    n = 0
    try:
        while True:
            yield
            n += 1
    finally:
        results.append(n)
p = printer('match:')
g = grep('py', p)
for line in ['python', 'ruby', 'pypy', 'java', 'happy']:
    g.send(line)
res = []
c = counter(res)
for _ in range(5):
    c.send('x')
c.close()
print(res)
def task(name, steps):
    for i in range(steps):
        print(name, 'step', i)
        yield
def scheduler(tasks):
    queue = list(tasks)
    while queue:
        t = queue.pop(0)
        try:
            next(t)
            queue.append(t)
        except StopIteration:
            print('task finished')
scheduler([task('A', 2), task('B', 3), task('C', 1)])
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return (count, average)
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, values in [('a', [1, 2, 3]), ('b', [10, 20])]:
    gr = grouper(results, key)
    next(gr)
    for v in values:
        gr.send(v)
    gr.send(None)
print(results)
