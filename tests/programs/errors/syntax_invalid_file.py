# This whole file is invalid Python: the parser rejects it before anything runs.
print('this line is never executed because the file does not compile')
def ok_function(a, b):
    return a + b
values = [1, 2, 3]
for v in values:
    print(v)
class Fine:
    pass
total = 0
while total < 10:
    total += 1
print(total)
result = ok_function(1, 2)
print(result)
def broken(:
    return 1
print('not reached')
