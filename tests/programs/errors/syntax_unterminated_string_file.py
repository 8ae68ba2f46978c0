# An unterminated string literal makes the whole file a SyntaxError.
print('never printed')
a = 1
b = 2
c = a + b
print(c)
items = ['one', 'two', 'three']
for item in items:
    print(item.upper())
def describe(x):
    return 'value: %s' % x
print(describe(5))
message = 'this string never ends
print(message)
d = {'k': 'v'}
print(d)
print('end')
