# Rich comparison methods, reflection, and defaults.
class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'N(%d)' % self.v
    def __eq__(self, o):
        print('eq', self.v, getattr(o, 'v', o))
        return isinstance(o, N) and self.v == o.v
    def __lt__(self, o):
        print('lt', self.v, getattr(o, 'v', o))
        return self.v < o.v
print(N(1) == N(1), N(1) != N(2))
print(N(1) < N(2), N(3) > N(2))
print(N(1) == 1)
print(sorted([N(3), N(1), N(2)]))
try:
    N(1) <= N(2)
except TypeError as e:
    print('TypeError:', e)
class Plain: pass
p = Plain()
print(p == p, p != p, p == Plain())
try:
    Plain() < Plain()
except TypeError as e:
    print('TypeError:', e)
class AlwaysEq:
    def __eq__(self, o): return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), AlwaysEq() != 5, [AlwaysEq()] == [1], AlwaysEq() in [1, 2])
class NeOnly:
    def __ne__(self, o): return 'custom ne'
print(NeOnly() != 1, NeOnly() == NeOnly())
class Sub(N):
    def __eq__(self, o):
        print('Sub.eq')
        return 'sub eq'
print(N(1) == Sub(1))
class RetNotImpl:
    def __eq__(self, o): return NotImplemented
x = RetNotImpl()
print(x == x, x == RetNotImpl(), x != x)
print([1, 2] < [1, 2, 3], (1, 'a') < (1, 'b'), {1} < {1, 2}, {1, 2} > {1, 2})
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print('TypeError:', e)
nan = float('nan')
print(nan == nan, [nan] == [nan], nan in [nan], (nan,) == (nan,))
