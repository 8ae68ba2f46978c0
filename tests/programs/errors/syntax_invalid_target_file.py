# Assigning to an expression that is not a valid target is a SyntaxError for the whole file.
print('never printed')
counter = 0
def bump():
    global counter
    counter += 1
    return counter
for _ in range(3):
    bump()
print(counter)
data = {'k': [1, 2]}
data['k'][0] = 10
print(data)
bump() = 5
print('end')
