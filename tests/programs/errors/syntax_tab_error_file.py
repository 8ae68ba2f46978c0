# This file mixes tabs and spaces inconsistently: TabError at compile time.
print("never printed")
values = [1, 2, 3]
total = 0
for v in values:
    total += v
print(total)
def mixed(flag):
    if flag:
        return 1
	return 2
class C:
    pass
print(mixed(True))
x = 1
y = 2
print(x + y)
