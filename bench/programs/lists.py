# List-heavy work: append, pop, insert, slicing, comprehensions,
# sort with keys, reversed, zip, a hand-written merge sort.

SIZE = 30000
ROUNDS = 27


def merge_sort(items):
    if len(items) <= 16:
        out = items[:]
        # insertion sort for small runs
        for i in range(1, len(out)):
            v = out[i]
            j = i - 1
            while j >= 0 and out[j] > v:
                out[j + 1] = out[j]
                j -= 1
            out[j + 1] = v
        return out
    mid = len(items) // 2
    left = merge_sort(items[:mid])
    right = merge_sort(items[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def make_data(seed, n):
    data = []
    x = seed
    for _ in range(n):
        x = (x * 48271) % 2147483647
        data.append(x % 100000)
    return data


def main():
    checksum = 0
    for r in range(ROUNDS):
        data = make_data(r + 1, SIZE)
        mine = merge_sort(data)
        builtin = sorted(data)
        assert mine == builtin
        evens = [v for v in data if v % 2 == 0]
        squares = [v * v % 1009 for v in evens[::3]]
        pairs = sorted(zip(squares, evens), key=lambda p: (p[0], -p[1]))
        window = [sum(mine[i:i + 8]) for i in range(0, len(mine) - 8, 97)]
        stack = []
        for v in data[:5000]:
            if v % 5 == 0 and stack:
                stack.pop()
            else:
                stack.append(v)
        rev = list(reversed(stack))
        rev[10:20] = [0] * 5
        rev.insert(3, -1)
        rev.sort(reverse=True)
        nested = [[i * j for j in range(10)] for i in range(200)]
        flat = [x for row in nested for x in row if x % 7 == 3]
        checksum = (checksum + mine[SIZE // 2] + len(pairs) + pairs[0][1]
                    + sum(window) + len(rev) + rev[0] + len(flat) + max(squares)) % 1000000007
    print("lists", checksum)


main()
