# A tiny round-robin event loop with sleep-like yielding awaitables.
class Yield:
    def __await__(self):
        yield 'yield-marker'
class Loop:
    def __init__(self):
        self.ready = []
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        while self.ready:
            name, coro = self.ready.pop(0)
            try:
                signal = coro.send(None)
                print('  [%s yielded %s]' % (name, signal))
                self.ready.append((name, coro))
            except StopIteration as e:
                self.results[name] = e.value
                print('  [%s finished -> %r]' % (name, e.value))
async def worker(name, n):
    total = 0
    for i in range(n):
        print(name, 'working', i)
        total += i
        await Yield()
    return total
loop = Loop()
loop.spawn('A', worker('A', 3))
loop.spawn('B', worker('B', 1))
loop.spawn('C', worker('C', 2))
loop.run()
print(loop.results)
async def producer(queue, items):
    for it in items:
        queue.append(it)
        print('produced', it)
        await Yield()
    queue.append(None)
async def consumer(queue):
    got = []
    while True:
        while not queue:
            await Yield()
        item = queue.pop(0)
        if item is None:
            return got
        print('consumed', item)
        got.append(item)
q = []
loop2 = Loop()
loop2.spawn('cons', consumer(q))
loop2.spawn('prod', producer(q, ['x', 'y', 'z']))
loop2.run()
print(loop2.results['cons'])
