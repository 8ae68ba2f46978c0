# if/elif/else chains with various conditions.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in (-5, 0, 7, 42, 1000):
    print(n, classify(n))
def grade(s):
    if s >= 90: g = 'A'
    elif s >= 80: g = 'B'
    elif s >= 70: g = 'C'
    else: g = 'F'
    return g
print([grade(s) for s in (95, 85, 75, 10)])
x = []
if x:
    print('nonempty')
elif x is not None:
    print('empty but not None')
if not x and len(x) == 0:
    print('both')
flag = False
if flag:
    pass
elif not flag:
    if True:
        if 1:
            print('deeply nested')
calls = []
def c(v):
    calls.append(v)
    return v
if c(0):
    pass
elif c(0):
    pass
elif c(1):
    pass
elif c(1):
    pass
print(calls)
if (n := 3) and n > 2:
    print('walrus in if', n)
