# while loops with else, break and continue.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print('i =', i)
else:
    print('while-else runs when no break')
j = 0
while True:
    j += 1
    if j > 3:
        break
print('j =', j)
k = 0
while k < 10:
    k += 1
    if k == 4:
        break
else:
    print('not printed')
print('k =', k)
n = 0
while n < 0:
    print('never')
else:
    print('else of a loop that never ran')
a, b = 0, 1
fib = []
while a < 100:
    fib.append(a)
    a, b = b, a + b
print(fib)
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            inner += 1
            continue
        if inner + outer == 3:
            break
        print(outer, inner)
        inner += 1
    outer += 1
def find(seq, target):
    idx = 0
    while idx < len(seq):
        if seq[idx] == target:
            return idx
        idx += 1
    else:
        return -1
print(find('hello', 'l'), find('hello', 'z'))
count = 10
while count := count - 3:
    print('count', count)
    if count < 0:
        break
