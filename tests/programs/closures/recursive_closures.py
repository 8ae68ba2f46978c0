# Inner functions that call themselves or each other through the enclosing scope.
def count_paths(n):
    memo = {}
    def paths(r, c):
        if r == 0 or c == 0:
            return 1
        key = (r, c)
        if key not in memo:
            memo[key] = paths(r - 1, c) + paths(r, c - 1)
        return memo[key]
    return paths(n, n), len(memo)
print(count_paths(5), count_paths(10))
def make_even_odd():
    def even(n):
        return True if n == 0 else odd(n - 1)
    def odd(n):
        return False if n == 0 else even(n - 1)
    return even, odd
e, o = make_even_odd()
print(e(10), o(10), e(7), o(7))
def walk(tree):
    out = []
    def visit(node, depth):
        name, children = node
        out.append('  ' * depth + name)
        for ch in children:
            visit(ch, depth + 1)
    visit(tree, 0)
    return out
tree = ('root', [('a', [('a1', []), ('a2', [])]), ('b', [('b1', [('b1x', [])])])])
for line in walk(tree):
    print(line)
def y_combinator(f):
    return (lambda x: x(x))(lambda y: f(lambda *args: y(y)(*args)))
fact = y_combinator(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(12))
def replaced_later():
    def f(n):
        return 'old' if n == 0 else f(n - 1)
    g = f
    def f(n):
        return 'new'
    return g(3)
print(replaced_later())
