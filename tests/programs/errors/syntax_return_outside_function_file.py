# 'return' at module level is rejected by the compiler (after parsing succeeds).
print('never printed')
def helper(x):
    return x * 2
values = [helper(i) for i in range(5)]
print(values)
class Box:
    def get(self):
        return 1
total = sum(values)
if total > 10:
    print('big')
for v in values:
    if v == 4:
        break
return total
