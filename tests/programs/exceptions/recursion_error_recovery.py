# RecursionError is catchable and the interpreter recovers completely.
import sys
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print('RecursionError:', e)
def count_depth():
    depth = 0
    def probe():
        nonlocal depth
        depth += 1
        probe()
    try:
        probe()
    except RecursionError:
        pass
    return depth
d1 = count_depth()
d2 = count_depth()
print(d1 > 100, d1 == d2)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def limited(n):
    return limited(n + 1) if n < 1000 else n
try:
    limited(0)
except RecursionError:
    print('hit lowered limit')
sys.setrecursionlimit(1000)
print(limited(900) if False else 'limit restored', sys.getrecursionlimit())
class Recursive:
    def __getattr__(self, name):
        return getattr(self, name + 'x')
try:
    Recursive().a
except RecursionError:
    print('RecursionError via __getattr__')
class Rep:
    def __repr__(self):
        return repr(self)
try:
    repr(Rep())
except RecursionError:
    print('RecursionError via __repr__')
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print('mutual recursion:', type(e).__name__, issubclass(RecursionError, RuntimeError))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError:', e)
print(sum(range(10)), 'still working')
