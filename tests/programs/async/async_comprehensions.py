# Async comprehensions and await inside comprehensions.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def arange(n):
    for i in range(n):
        yield i
async def double(x):
    return x * 2
async def main():
    a = [x async for x in arange(5)]
    b = {x: x * x async for x in arange(3)}
    c = {x % 2 async for x in arange(5)}
    d = [await double(x) for x in range(4)]
    e = [await double(x) async for x in arange(3) if x != 1]
    f = [[y async for y in arange(x)] for x in range(3)]
    return a, b, c, d, e, f
for part in run(main()):
    print(part)
async def gen_expr():
    g = (await double(x) for x in range(3))
    print(type(g).__name__)
    return [v async for v in g]
print(run(gen_expr()))
async def nested_async():
    return [(x, y) async for x in arange(2) async for y in arange(2)]
print(run(nested_async()))
async def filtered():
    return [x async for x in arange(10) if x % 3 == 0 if x > 0]
print(run(filtered()))
src = 'async def f():\n    return [x async for x in y]\n'
print(type(compile(src, 's', 'exec')).__name__)
try:
    compile('[x async for x in y]', 's', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    compile('def f():\n    await x\n', 's', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
