# Pure-Python search: a sudoku solver with bitmask candidate sets and
# most-constrained-cell backtracking, run on puzzles derived from a
# generated full grid by blanking cells deterministically.

PUZZLES = 560
BLANKS = 56

FULL = 0x3FE  # bits 1..9


def bit_count(v):
    c = 0
    while v:
        v &= v - 1
        c += 1
    return c


PEERS = []
for _cell in range(81):
    _r, _c = divmod(_cell, 9)
    _peers = set()
    for _k in range(9):
        _peers.add(_r * 9 + _k)
        _peers.add(_k * 9 + _c)
    _br, _bc = 3 * (_r // 3), 3 * (_c // 3)
    for _dr in range(3):
        for _dc in range(3):
            _peers.add((_br + _dr) * 9 + _bc + _dc)
    _peers.discard(_cell)
    PEERS.append(sorted(_peers))

POPCOUNT = [bit_count(v) for v in range(1024)]


def candidates(grid, cell):
    used = 0
    for p in PEERS[cell]:
        used |= 1 << grid[p]
    return FULL & ~used


def solve(grid, stats):
    best = -1
    best_mask = 0
    best_count = 10
    for cell in range(81):
        if grid[cell] == 0:
            mask = candidates(grid, cell)
            n = POPCOUNT[mask]
            if n == 0:
                return False
            if n < best_count:
                best, best_mask, best_count = cell, mask, n
                if n == 1:
                    break
    if best < 0:
        return True
    for digit in range(1, 10):
        if best_mask & (1 << digit):
            grid[best] = digit
            stats[0] += 1
            if solve(grid, stats):
                return True
    grid[best] = 0
    return False


def make_full_grid(seed):
    base = [[(3 * (r % 3) + r // 3 + c) % 9 + 1 for c in range(9)] for r in range(9)]
    x = seed
    def rnd(n):
        nonlocal x
        x = (x * 1103515245 + 12345) % 2147483648
        return (x >> 10) % n
    # relabel digits
    perm = list(range(1, 10))
    for i in range(8, 0, -1):
        j = rnd(i + 1)
        perm[i], perm[j] = perm[j], perm[i]
    grid = [[perm[v - 1] for v in row] for row in base]
    # shuffle rows within bands and bands themselves
    for band in range(3):
        rows = grid[band * 3:band * 3 + 3]
        k = rnd(3)
        rows = rows[k:] + rows[:k]
        grid[band * 3:band * 3 + 3] = rows
    cols = list(zip(*grid))
    for band in range(3):
        part = cols[band * 3:band * 3 + 3]
        k = rnd(3)
        cols[band * 3:band * 3 + 3] = part[k:] + part[:k]
    grid = [list(row) for row in zip(*cols)]
    flat = [v for row in grid for v in row]
    order = list(range(81))
    for i in range(80, 0, -1):
        j = rnd(i + 1)
        order[i], order[j] = order[j], order[i]
    return flat, order


def main():
    total_guesses = 0
    check = 0
    for p in range(PUZZLES):
        full, order = make_full_grid(p * 7919 + 1)
        puzzle = full[:]
        for cell in order[:BLANKS]:
            puzzle[cell] = 0
        stats = [0]
        grid = puzzle[:]
        ok = solve(grid, stats)
        assert ok
        for cell in range(81):
            if puzzle[cell]:
                assert grid[cell] == puzzle[cell]
        for r in range(9):
            assert sorted(grid[r * 9:r * 9 + 9]) == list(range(1, 10))
        total_guesses += stats[0]
        check = (check * 131 + sum(i * v for i, v in enumerate(grid))) % 1000000007
    print("sudoku", PUZZLES, total_guesses, check)


main()
