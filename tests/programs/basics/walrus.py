# Assignment expressions (:=) in various contexts.
if (n := 10) > 5:
    print('n is', n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10])
print(y)
it = iter([3, 2, 1, 0, 5])
while (v := next(it)) != 0:
    print('v', v)
print('after loop', v)
print((a := 1, b := 2), a, b)
def f(x):
    return (z := x + 1) * z
print(f(3))
total = 0
print([total := total + x for x in range(5)], total)
print(any((hit := x) > 3 for x in range(10)), hit)
print(all((miss := x) < 3 for x in range(10)), miss)
def scope():
    [q := i for i in range(3)]
    return q
print(scope())
values = {'a': 1}
if (got := values.get('a')) is not None:
    print('got', got)
if (got := values.get('b')) is None:
    print('missing', got)
print((w := 5) + w)
x = [(k := 2), k ** 3]
print(x, k)
def g():
    if (m := len('hello')) > 3:
        return m
print(g())
print(f'{(fw := 7)} {fw}')
lam = lambda: (lw := 9) + lw
print(lam())
