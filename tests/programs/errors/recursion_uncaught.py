# Unbounded recursion that is never caught ends the program with RecursionError.
def countdown(n):
    if n == 0:
        return 'liftoff'
    return countdown(n - 1)
print(countdown(10))
print(countdown(500))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def safe_depth():
    try:
        return forever(0)
    except RecursionError:
        return 'caught once'
def forever(n):
    return forever(n + 1)
print(safe_depth())
print(safe_depth())
class Chain:
    def __init__(self, nxt=None):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
c = None
for _ in range(100):
    c = Chain(c)
print(c.length())
print('now recursing without a base case')
forever(0)
