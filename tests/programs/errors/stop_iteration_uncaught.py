# next() on an exhausted iterator at top level: uncaught StopIteration (empty message).
tokens = iter(['let', 'x', '=', '5'])
keyword = next(tokens)
name = next(tokens)
eq = next(tokens)
value = next(tokens)
print(keyword, name, eq, value)
print(next(tokens, '<eof>'))
def take(it, n):
    return [next(it) for _ in range(n)]
try:
    take(iter('ab'), 3)
except StopIteration:
    print('StopIteration escaped the list comprehension')
def gen():
    yield 1
g = gen()
print(next(g))
print(list(g))
print('reading past the end')
next(tokens)
