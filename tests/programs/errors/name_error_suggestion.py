# Uncaught NameError whose message includes a "Did you mean" suggestion (added by the traceback printer).
def compute_total(values):
    running_total = 0
    for v in values:
        running_total += v
    return running_total
print(compute_total([1, 2, 3]))
try:
    undefined_here
except NameError as e:
    print('str(e) has no suggestion:', str(e))
try:
    compute_totl([1])
except NameError as e:
    print('caught:', e, '| name attribute:', e.name)
numbers = [4, 5, 6]
print(compute_total(numbers))
print(len(numbers), max(numbers))
print('calling a misspelled builtin at top level')
print(lenn(numbers))
