# Chained comparisons evaluate middle operands once and short-circuit.
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(1) < v(0) < v(3), calls)
calls.clear()
print(v(1) == v(1) < v(5) > v(2), calls)
calls.clear()
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] in [[5]], 1 < x is not None)
print(1 < 2 > 1 < 2, 'a' < 'b' < 'c' < 'd', [] == [] != [1])
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print('lt', self.n, other.n)
        return Loud(self.n + other.n)
    def __bool__(self):
        print('bool', self.n)
        return self.n < 10
r = Loud(1) < Loud(2) < Loud(3)
print(type(r).__name__, r.n)
r = Loud(5) < Loud(6) < Loud(7)
print(type(r).__name__, r.n)
print(1 < 2 < 3 < 4 < 5 < 6 < 7 < 8, 1 < 2 < 3 < 4 < 5 < 6 < 7 < 0)
a = b = c = 3
print(a == b == c, a is b is c, a < b <= c)
print((1 < 2) < 3, 1 < (2 < 3), (1 < 2) == True)
def g():
    print('g called')
    return 2
print(3 < g() < 5, 1 < g() < 5)
print(not 1 < 2 < 3, not (1 > 2) == True)
