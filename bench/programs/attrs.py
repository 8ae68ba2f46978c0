# Attribute access on instances: particles in a box, read/written via
# instance attributes, __slots__ objects and a property.

PARTICLES = 1000
STEPS = 5500


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Particle:
    def __init__(self, ident, x, y, vx, vy):
        self.ident = ident
        self.pos = Vec(x, y)
        self.vx = vx
        self.vy = vy
        self.bounces = 0
        self.travelled = 0.0

    @property
    def speed2(self):
        return self.vx * self.vx + self.vy * self.vy


class Box:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.particles = []
        self.ticks = 0


def step(box, dt):
    w = box.width
    h = box.height
    for p in box.particles:
        pos = p.pos
        pos.x += p.vx * dt
        pos.y += p.vy * dt
        p.travelled += (p.speed2 ** 0.5) * dt
        if pos.x < 0.0:
            pos.x = -pos.x
            p.vx = -p.vx
            p.bounces += 1
        elif pos.x > w:
            pos.x = 2 * w - pos.x
            p.vx = -p.vx
            p.bounces += 1
        if pos.y < 0.0:
            pos.y = -pos.y
            p.vy = -p.vy
            p.bounces += 1
        elif pos.y > h:
            pos.y = 2 * h - pos.y
            p.vy = -p.vy
            p.bounces += 1
        # simple drag
        p.vx *= 0.9999
        p.vy *= 0.9999
    box.ticks += 1


def main():
    box = Box(100.0, 60.0)
    x = 12345
    for i in range(PARTICLES):
        x = (x * 1103515245 + 12345) % 2147483648
        px = (x % 10000) / 100.0
        py = ((x >> 8) % 6000) / 100.0
        vx = ((x >> 3) % 2001 - 1000) / 25.0
        vy = ((x >> 13) % 2001 - 1000) / 25.0
        box.particles.append(Particle(i, px, py, vx, vy))
    for _ in range(STEPS):
        step(box, 0.01)
    bounces = 0
    dist = 0.0
    cx = 0.0
    for p in box.particles:
        bounces += p.bounces
        dist += p.travelled
        cx += p.pos.x
    fastest = max(box.particles, key=lambda p: p.speed2)
    print("ticks", box.ticks, "bounces", bounces, f"dist {dist:.4f} cx {cx:.4f}", "fastest", fastest.ident)


main()
