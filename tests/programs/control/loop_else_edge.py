# Loop else clauses with exceptions, returns and nested loops.
def search(items, target):
    for item in items:
        if item == target:
            print('found', target)
            break
    else:
        print('missing', target)
search([1, 2, 3], 2)
search([1, 2, 3], 5)
search([], 1)
def with_return(items):
    for i in items:
        if i < 0:
            return 'negative'
    else:
        return 'all non-negative'
print(with_return([1, -1]), with_return([1, 2]))
try:
    for i in range(3):
        if i == 1:
            raise ValueError
    else:
        print('no')
except ValueError:
    print('exception skips else')
for i in range(2):
    for j in range(2):
        pass
    else:
        print('inner else', i)
else:
    print('outer else')
n = 3
while n:
    n -= 1
    try:
        if n == 1:
            continue
    finally:
        pass
else:
    print('while else after continue', n)
def gen():
    for x in range(3):
        yield x
    else:
        yield 'else'
print(list(gen()))
k = 0
while k < 3:
    k += 1
    if k == 10:
        break
else:
    print('k else', k)
