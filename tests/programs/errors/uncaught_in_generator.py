# An exception raised inside a generator propagates out of the consuming for loop.
def readings():
    data = ['12', '15', '9', 'n/a', '20']
    for item in data:
        print('producing', item)
        yield int(item)
total = 0
count = 0
def stats(gen):
    global total, count
    for value in gen:
        total += value
        count += 1
        print('running mean', total / count)
first = readings()
print(next(first), next(first))
first.close()
print('restarting stream')
try:
    stats(x for x in [1, 2, 'three'] if x)
except TypeError as e:
    print('TypeError:', e)
total = count = 0
stats(readings())
print('never printed')
