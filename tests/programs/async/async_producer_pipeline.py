# Async generators chained into a pipeline, driven by a manual round-robin loop.
class Sleep:
    def __await__(self):
        yield 'sleep'
async def numbers(n):
    for i in range(n):
        await Sleep()
        yield i
async def squares(source):
    async for v in source:
        yield v * v
async def evens(source):
    async for v in source:
        if v % 2 == 0:
            yield v
async def collect(name, source, sink):
    async for v in source:
        sink.append((name, v))
    return name + ' done'
def run_all(coros):
    queue = list(coros)
    results = []
    steps = 0
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            steps += 1
            queue.append(c)
        except StopIteration as e:
            results.append(e.value)
    return results, steps
sink = []
results, steps = run_all([
    collect('A', evens(squares(numbers(6))), sink),
    collect('B', squares(numbers(3)), sink),
])
print(results, steps)
for item in sink:
    print(item)
async def running_total(source):
    total = 0
    async for v in source:
        total += v
        yield total
async def main():
    return [t async for t in running_total(numbers(5))]
print(run_all([main()])[0])
