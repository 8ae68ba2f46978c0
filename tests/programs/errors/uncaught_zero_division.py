# Program ends with an uncaught ZeroDivisionError after producing output.
def ratio(a, b):
    return a / b
results = []
for a, b in [(10, 2), (9, 3), (7, 7), (1, 4)]:
    r = ratio(a, b)
    results.append(r)
    print(a, '/', b, '=', r)
print('total', sum(results))
print('mean', sum(results) / len(results))
pairs = list(zip(results, results[1:]))
print(pairs)
print('about to divide by zero')
print('stdout before the error must be flushed')
for i in range(3):
    print('countdown', 3 - i)
values = [1, 2, 0]
out = [10 // v for v in values[:2]]
print(out)
print(ratio(1, values[2]))
print('never printed')
