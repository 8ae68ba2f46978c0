# This file has an IndentationError (unexpected indent) and never runs.
print('never printed')
def f():
    return 1
x = 1
y = 2
if x < y:
    print('x is smaller')
else:
    print('y is smaller')
for i in range(3):
    print(i)
z = x + y
     w = z * 2
print(w)
def g():
    pass
print('end')
