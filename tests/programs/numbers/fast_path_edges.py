# Arithmetic at the edges of the interpreter's machine-integer and float
# fast paths: results must not depend on which path computes them.
import sys

big = 2**63
edges = [0, 1, -1, 2, -2, 7, -7, 2**31, -2**31, 2**53 - 1, 2**53, 2**53 + 1,
         -2**53, 2**62, 2**63 - 1, -2**63, -2**63 + 1, big, -big - 1]
divisors = [1, -1, 2, -2, 3, -3, 7, -7, 2**32, -2**63]

for x in edges:
    for y in divisors:
        print(x, y, x // y, x % y, divmod(x, y), x + y, x - y, x * y, x & y, x | y, x ^ y)

for x in edges:
    for s in [0, 1, 31, 62, 63, 64, 65, 200]:
        print(x, s, x >> s, x << s if s < 70 else "skip")

for x in [0, 3, -3, 2**53, 2**53 + 1, -2**63]:
    for y in [1, -2, 3, 2**53 + 1]:
        print(x, y, x / y)

for bad in [(1, 0, "//"), (1, 0, "%"), (1, 0, "/"), (1.0, 0.0, "/"), (1, 0.0, "/"), (-2**63, 0, "%")]:
    a, b, op = bad
    try:
        print(eval(f"a {op} b"))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)

# Mixed int/float comparisons near and beyond 2**53.
for i in [2**53 - 1, 2**53, 2**53 + 1, 2**63 - 1, -2**63, 10**20]:
    f = float(i)
    print(i, f, i == f, i < f, i > f, i <= f, i >= f, i != f, f == i, f < i)

nan = float("nan")
inf = float("inf")
for x in [nan, inf, -inf, 0.0, -0.0, 1e308]:
    for y in [nan, inf, 1, 0.0, -0.0, 2**53 + 1]:
        print(x, y, x < y, x <= y, x == y, x != y, x > y, x >= y)
        for op in ["+", "-", "*", "/"]:
            try:
                print(op, eval(f"x {op} y"))
            except (ZeroDivisionError, OverflowError) as e:
                print(op, type(e).__name__, e)

print(1e308 * 10, -1e308 * 10, 0.1 + 0.2, 1 / 3, 2 ** 0.5)
print(sys.maxsize + 1, -sys.maxsize - 2, (-sys.maxsize - 1) * -1)
x = 5
x += 2.5
x //= 2
x %= 3
x *= -1
print(x)
