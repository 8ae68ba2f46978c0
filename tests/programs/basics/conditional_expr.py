# Conditional expressions, nesting, and lazy evaluation of branches.
def f(x):
    return 'neg' if x < 0 else 'zero' if x == 0 else 'pos'
print([f(i) for i in (-2, 0, 3)])
print(1 / 0 if False else 'safe')
print('yes' if [] else 'no', 'yes' if [0] else 'no')
x = 3
y = (x if x > 5 else -x) * 2
print(y)
print([a if a % 2 else -a for a in range(6)])
print((lambda n: 'even' if n % 2 == 0 else 'odd')(7))
z = 1 if True else 2, 3
print(z)
w = (1 if False else 2), 3
print(w)
print({k: ('big' if v > 2 else 'small') for k, v in zip('abcd', range(5))})
def g(n):
    print('g', n)
    return n
print(g(1) if g(0) else g(2))
print(g('a') if g('cond') else g('b'))
s = 'x' if None is None else 'y'
print(s)
print(0 if 0 else 0.0 if 0.0 else '' if '' else 'end')
val = None
print(val.upper() if val is not None else 'none')
print(sum(i if i > 2 else 0 for i in range(5)))
