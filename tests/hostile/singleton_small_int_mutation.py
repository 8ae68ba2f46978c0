# Tries to change the value or type of cached small ints and bools (int.__init__, real/numerator setters, __class__).
LEAKED = []
for n in (0, 1, 5, 256, -5, True):
    for how in (lambda: int.__init__(n, 99), lambda: object.__setattr__(n, "real", 99),
                lambda: int.__dict__["real"].__set__(n, 99), lambda: int.__dict__["numerator"].__set__(n, 99),
                lambda: int.__new__(type(n), 99), lambda: setattr(n, "__class__", bool),
                lambda: n.__setattr__("imag", 1), lambda: int.__dict__["__init__"](n, 99),
                lambda: type(n).__init__(n, "99")):
        try: how(); LEAKED.append(n)
        except Exception: pass
LEAKED = []
print(1 + 1, 5 * 2, 256 - 1, True + True, int("5"), (1).real)
