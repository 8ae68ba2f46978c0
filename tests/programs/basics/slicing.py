# Slicing of sequences with all combinations of start/stop/step.
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-3:-1])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1])
print(s[100:], s[-100:], s[:100], s[5:2], s[-1:-100:-3])
print('abcdef'[1:4], 'abcdef'[::-1], 'abcdef'[-2:], (1, 2, 3)[1:])
print(b'abcdef'[::2], bytearray(b'xyz')[1:], range(10)[2:8:3])
t = list(range(6))
t[1:3] = ['a', 'b', 'c']
print(t)
t[::2] = [0, 0, 0, 0][:len(t[::2])]
print(t)
t[:] = []
print(t)
u = [1, 2, 3]
u[1:1] = [9, 9]
print(u)
u[-1:] = 'xy'
print(u)
try:
    u[::2] = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    s[::0]
except ValueError as e:
    print('ValueError:', e)
sl = slice(1, 8, 3)
print(s[sl], sl.start, sl.stop, sl.step, sl.indices(5), slice(None).indices(3))
print(slice(-1, None, -1).indices(4), slice(3), repr(slice(1, 2)))
class Sub:
    def __getitem__(self, k): return k
print(Sub()[1:2], Sub()[::], Sub()[1:2, 3], Sub()[..., 1])
print('hello'[10:20], 'hello'[-10:2])
big = list(range(20))
print(big[3:17:4], big[-2:-18:-5], big[2**70:], big[-2**70:2])
