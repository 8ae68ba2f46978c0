# Float arithmetic: a small gravitational N-body integration of an
# invented planetary system (symplectic Euler, plain lists of floats).

STEPS = 250000
DT = 0.005


def make_system():
    # name, position, velocity, mass (arbitrary units)
    raw = [
        ("sun", (0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 40.0),
        ("ares", (1.2, 0.1, -0.05), (0.3, 5.6, 0.1), 0.004),
        ("borea", (-2.6, 0.9, 0.2), (-1.7, -3.5, 0.05), 0.012),
        ("cyra", (0.4, -4.1, 0.3), (3.0, 0.2, -0.08), 0.03),
        ("dune", (6.3, 2.2, -0.4), (-0.6, 2.3, 0.02), 0.09),
        ("eos", (-7.5, -5.0, 0.6), (1.1, -1.6, 0.04), 0.02),
    ]
    bodies = []
    for name, pos, vel, mass in raw:
        bodies.append([pos[0], pos[1], pos[2], vel[0], vel[1], vel[2], mass])
    # Remove net momentum so the system stays centred.
    px = py = pz = 0.0
    total = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
        total += b[6]
    for b in bodies:
        b[3] -= px / total
        b[4] -= py / total
        b[5] -= pz / total
    return bodies


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        bi = bodies[i]
        e += 0.5 * bi[6] * (bi[3] * bi[3] + bi[4] * bi[4] + bi[5] * bi[5])
        for j in range(i + 1, n):
            bj = bodies[j]
            dx = bi[0] - bj[0]
            dy = bi[1] - bj[1]
            dz = bi[2] - bj[2]
            e -= bi[6] * bj[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bodies, pairs, steps, dt):
    for _ in range(steps):
        for bi, bj in pairs:
            dx = bi[0] - bj[0]
            dy = bi[1] - bj[1]
            dz = bi[2] - bj[2]
            d2 = dx * dx + dy * dy + dz * dz + 1e-9
            mag = dt / (d2 * d2 ** 0.5)
            mi = bi[6] * mag
            mj = bj[6] * mag
            bi[3] -= dx * mj
            bi[4] -= dy * mj
            bi[5] -= dz * mj
            bj[3] += dx * mi
            bj[4] += dy * mi
            bj[5] += dz * mi
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def main():
    bodies = make_system()
    pairs = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    e0 = energy(bodies)
    advance(bodies, pairs, STEPS, DT)
    e1 = energy(bodies)
    print(f"energy {e0:.9f} -> {e1:.9f}")
    print("sun at", ", ".join(f"{c:.6f}" for c in bodies[0][:3]))


main()
