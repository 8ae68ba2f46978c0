# Deterministic pseudo-random floats: repr round-trips, formatting and arithmetic identities.
state = 12345
def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state
def rand_float():
    mant = rand() >> 11
    exp = rand() % 80 - 40
    sign = -1 if rand() & 1 else 1
    return sign * mant / 2 ** 53 * 10.0 ** exp
vals = [rand_float() for _ in range(40)]
for v in vals:
    r = repr(v)
    assert float(r) == v
    print(r, '%.17g' % v, format(v, '.6e'), v.hex())
print(sum(vals), max(vals), min(vals))
print(sorted(vals)[:3])
ints = [rand() % 10 ** (rand() % 30 + 1) for _ in range(15)]
for n in ints:
    print(n, float(n), n * 1.0 == float(n), n // 7, n % 7, hex(n))
