# pow() with two and three arguments, negative exponents and modular inverse.
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 3), pow(4, 0.5), pow(0, 0), pow(0.0, 0))
print(pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7), pow(3, 3, -7), pow(5, 0, 1), pow(5, 0, 7))
print(pow(10 ** 20, 10 ** 20, 10 ** 9 + 7), pow(2, 10 ** 18, 1000000007))
print(pow(3, -1, 7), pow(5, -2, 13), pow(-4, -1, 9), (3 * pow(3, -1, 7)) % 7)
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (0, -1), (0.0, -1)]:
    try:
        print(args, pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(args, type(e).__name__ + ':', e)
print((-8) ** (1 / 3) == pow(-8, 1 / 3), type(pow(-8, 0.5)).__name__)
print(pow(2, 0.5), pow(-1, 0.5), 2 ** -2, (-2) ** -2, 10 ** -3)
print(pow(1j, 2), pow(2 + 0j, 10), (1 + 1j) ** 8, 0j ** 0, 2 ** (1j * 0))
try:
    0j ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(pow(base=2, exp=5), pow(base=2, exp=5, mod=3))
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, 2 ** -1 ** 2)
print(pow(True, 5), pow(2, True), pow(7, 2, True))
class P:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
    def __rpow__(self, other):
        return ('rpow', other)
print(pow(P(), 2), pow(P(), 2, 5), P() ** 3, 2 ** P(), pow(2, P()))
