# Dict-heavy work: counting pseudo-random words, grouping, inverting a
# dict, and a sparse grid keyed by (x, y) tuples (Game of Life).

WORDS = 1800000
LIFE_STEPS = 950

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "qua", "bri", "dor"]


def generate_words(count):
    words = []
    x = 99991
    for _ in range(count):
        x = (x * 1103515245 + 12345) % 2147483648
        n = 1 + (x >> 16) % 3
        w = ""
        y = x
        for _ in range(n):
            w += SYLLABLES[y % len(SYLLABLES)]
            y //= len(SYLLABLES)
        words.append(w)
    return words


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    by_first = {}
    for w, c in counts.items():
        key = w[0]
        if key in by_first:
            by_first[key] += c
        else:
            by_first[key] = c
    by_count = {}
    for w, c in counts.items():
        by_count.setdefault(c, []).append(w)
    return counts, by_first, by_count


def life(cells, steps):
    for _ in range(steps):
        neighbours = {}
        for (x, y) in cells:
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    if dx or dy:
                        key = (x + dx, y + dy)
                        neighbours[key] = neighbours.get(key, 0) + 1
        new_cells = {}
        for key, n in neighbours.items():
            if n == 3 or (n == 2 and key in cells):
                new_cells[key] = True
        cells = new_cells
    return cells


def main():
    words = generate_words(WORDS)
    counts, by_first, by_count = count_words(words)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print("distinct", len(counts), "top", top)
    print("first", sorted(by_first.items())[:4], "singletons", len(by_count.get(1, [])))

    cells = {}
    x = 7
    for _ in range(900):
        x = (x * 69069 + 1) % 4294967296
        cells[((x >> 8) % 48, (x >> 20) % 48)] = True
    # A glider far away from the soup.
    for p in ((100, 100), (101, 101), (99, 102), (100, 102), (101, 102)):
        cells[p] = True
    final = life(cells, LIFE_STEPS)
    sx = sum(k[0] for k in final)
    sy = sum(k[1] for k in final)
    print("life", len(final), sx, sy)


main()
