# Semicolons, backslash continuation, implicit continuation, comments.
a = 1; b = 2; c = a + b; print(a, b, c)
total = 1 + \
    2 + \
    3
print(total)
items = [
    1,
    2,  # trailing comment
    3,
]
print(items)
result = (1
          + 2
          * 3)
print(result)
d = {
    'k': 'v',
    # comment inside a dict
    'k2': 'v2'}
print(d)
def long_call(a,
              b,
              c=3):
    return a + b + c
print(long_call(1,
                2))
if (a == 1 and
        b == 2):
    print('multi-line condition')
s = ('implicit '
     'concatenation '
     "across lines")
print(s)
x = [i
     for i in range(4)
     if i % 2]
print(x)
if True: print('one-line if')
for i in range(2): print('one-line for', i)
while False: pass
class K: y = 5; z = 6
print(K.y, K.z)
print("tab\tinside", 'a' # comment after arg
      , 'b')
