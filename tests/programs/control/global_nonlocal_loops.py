# Loop variables and global/nonlocal mutation from loops.
counter = 0
def bump(times):
    global counter
    for _ in range(times):
        counter += 1
bump(5); bump(3)
print(counter)
def make():
    total = 0
    def add(items):
        nonlocal total
        for i in items:
            total += i
        return total
    return add
adder = make()
print(adder([1, 2]), adder([10]), adder([]))
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fns = []
for i in range(3):
    fns.append(lambda i=i: i)
print([f() for f in fns])
def outer():
    res = []
    for j in range(3):
        def inner():
            return j * 10
        res.append(inner)
    return res
print([f() for f in outer()])
def counter_gen():
    n = 0
    while True:
        n += 1
        if n > 3:
            return
        yield n
print(list(counter_gen()))
x = 0
while x < 3:
    x += 1
    y = x * 2
print(x, y)
