# Float arithmetic: escape-time iteration over a grid of the complex
# plane, done with pairs of floats, plus a Julia set pass.

WIDTH = 930
HEIGHT = 620
MAX_ITER = 80


def escape_count(cr, ci, max_iter):
    zr = 0.0
    zi = 0.0
    for i in range(max_iter):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return max_iter


def julia_count(zr, zi, cr, ci, max_iter):
    i = 0
    while i < max_iter and zr * zr + zi * zi <= 4.0:
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        i += 1
    return i


def render(width, height, max_iter):
    rows = []
    inside = 0
    total = 0
    for y in range(height):
        ci = -1.2 + 2.4 * y / height
        row = []
        for x in range(width):
            cr = -2.2 + 3.2 * x / width
            n = escape_count(cr, ci, max_iter)
            total += n
            if n == max_iter:
                inside += 1
            row.append(n)
        rows.append(row)
    return rows, inside, total


def main():
    rows, inside, total = render(WIDTH, HEIGHT, MAX_ITER)
    # Checksum the middle row as a weighted sum.
    mid = rows[HEIGHT // 2]
    weighted = 0
    for i, n in enumerate(mid):
        weighted += (i + 1) * n
    jtotal = 0
    for y in range(HEIGHT // 2):
        for x in range(WIDTH // 2):
            zr = -1.6 + 3.2 * x / (WIDTH // 2)
            zi = -1.0 + 2.0 * y / (HEIGHT // 2)
            jtotal += julia_count(zr, zi, -0.8, 0.156, MAX_ITER)
    print("mandelbrot", inside, total, weighted, "julia", jtotal)


main()
