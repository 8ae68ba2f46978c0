# Pure-Python search: count all N-queens placements with backtracking
# over lists of booleans (collecting the first few boards), and
# cross-check the counts with a bitmask solver and a naive one.

N = 12
NAIVE_MAX = 10


def solve(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    placement = [0] * n
    solutions = []
    count = 0

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            if len(solutions) < 5:
                solutions.append(tuple(placement))
            return
        for c in range(n):
            if not cols[c] and not diag1[row + c] and not diag2[row - c + n]:
                cols[c] = diag1[row + c] = diag2[row - c + n] = True
                placement[row] = c
                place(row + 1)
                cols[c] = diag1[row + c] = diag2[row - c + n] = False

    place(0)
    return count, solutions


def is_valid(board):
    n = len(board)
    for i in range(n):
        for j in range(i + 1, n):
            if board[i] == board[j] or abs(board[i] - board[j]) == j - i:
                return False
    return True


def count_bits(n):
    full = (1 << n) - 1

    def go(cols, left, right):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            total += go(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
        return total

    return go(0, 0, 0)


def count_naive(n, placed=()):
    # The textbook version: a tuple of placed columns and a safety test
    # written as a generator expression.
    row = len(placed)
    if row == n:
        return 1
    total = 0
    for c in range(n):
        if all(c != pc and abs(c - pc) != row - r for r, pc in enumerate(placed)):
            total += count_naive(n, placed + (c,))
    return total


def main():
    results = []
    for n in range(4, N + 1):
        count, sols = solve(n)
        assert all(is_valid(s) for s in sols)
        assert count == count_bits(n)
        if n <= NAIVE_MAX:
            assert count == count_naive(n)
        results.append(count)
    print("queens", results, sols[0], sols[-1])


main()
