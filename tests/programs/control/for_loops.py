# for loops over many iterables, with else/break/continue.
for ch in 'abc':
    print(ch, end=' ')
print()
for x in [1, 2, 3]:
    if x == 2:
        continue
    print(x)
else:
    print('for-else')
for x in range(10):
    if x == 3:
        print('break at', x)
        break
else:
    print('not reached')
for x in []:
    print('never')
else:
    print('empty for-else')
for k in {'b': 1, 'a': 2}:
    print(k)
for t in (1, 'two', 3.0):
    print(type(t).__name__)
nums = [1, 2, 3]
for n in nums:
    if n < 10:
        nums.append(n * 10)
print(nums)
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j, end='; ')
print()
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)))
for v in Countdown(3):
    print('cd', v)
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
for v in OldStyle():
    print('getitem iteration', v)
print(list(OldStyle()), 4 in OldStyle(), 1 in OldStyle())
for i in range(3):
    pass
else:
    print('loop variable after loop:', i)
