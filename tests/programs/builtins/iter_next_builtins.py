# iter() with sentinel, next() with default, and iterator exhaustion.
values = [3, 2, 1, 0, 5]
it = iter(values)
print(list(iter(lambda: next(it), 0)))
count = 0
def counter():
    global count
    count += 1
    return count
print(list(iter(counter, 5)))
calls = iter(['a', 'b', 'STOP', 'c'])
print(list(iter(calls.__next__, 'STOP')), list(calls))
class Reader:
    def __init__(self, chunks):
        self.chunks = list(chunks)
    def read(self):
        return self.chunks.pop(0) if self.chunks else ''
r = Reader(['ab', 'cd', 'ef'])
print([c for c in iter(r.read, '')])
sentinel_iter = iter(lambda: 1, 1)
print(list(sentinel_iter), type(iter(int, 1)).__name__)
try:
    iter(5, 1)
except TypeError as e:
    print('TypeError:', e)
e = iter([])
print(next(e, 'default'), next(e, None), next(iter('x')), next(iter('xy'), 'unused'))
try:
    next(e)
except StopIteration as ex:
    print('StopIteration', ex.args)
try:
    next([1, 2])
except TypeError as ex:
    print('TypeError:', ex)
def raising():
    raise ValueError('callable raised')
try:
    list(iter(raising, None))
except ValueError as ex:
    print('ValueError:', ex)
def stop_early():
    raise StopIteration
print(list(iter(stop_early, None)))
g = (x for x in range(3))
print(next(g), next(g), next(g), next(g, 'end'), next(g, 'still end'))
print(iter(g) is g, iter(iter([1])).__class__.__name__, type(iter({})).__name__, type(iter({}.items())).__name__)
print(type(iter('')).__name__, type(iter(b'')).__name__, type(iter(set())).__name__, type(iter(range(0))).__name__, type(iter(())).__name__)
