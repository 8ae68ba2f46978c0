# Hand-written binary heap and bisection on lists.
def heappush(h, x):
    h.append(x)
    i = len(h) - 1
    while i > 0:
        parent = (i - 1) // 2
        if h[parent] <= h[i]:
            break
        h[parent], h[i] = h[i], h[parent]
        i = parent
def heappop(h):
    last = h.pop()
    if not h:
        return last
    top, h[0] = h[0], last
    i = 0
    n = len(h)
    while True:
        l, r, small = 2 * i + 1, 2 * i + 2, i
        if l < n and h[l] < h[small]:
            small = l
        if r < n and h[r] < h[small]:
            small = r
        if small == i:
            return top
        h[i], h[small] = h[small], h[i]
        i = small
h = []
for v in [5, 3, 8, 1, 9, 2, 7, 1, 0, 6]:
    heappush(h, v)
print(h[0], len(h))
print([heappop(h) for _ in range(len(h))])
tasks = []
for prio, name in [(3, 'low'), (1, 'urgent'), (2, 'normal'), (1, 'also urgent')]:
    heappush(tasks, (prio, name))
while tasks:
    print(heappop(tasks))
def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def insort(a, x):
    a.insert(bisect_left(a, x), x)
arr = []
for v in [50, 10, 40, 20, 30, 20]:
    insort(arr, v)
print(arr, [bisect_left(arr, q) for q in (0, 20, 25, 60)])
grades = [(60, 'F'), (70, 'D'), (80, 'C'), (90, 'B'), (101, 'A')]
def grade(score):
    return grades[bisect_left([g[0] for g in grades], score + 1)][1]
print([grade(s) for s in (33, 60, 77, 89, 90, 100)])
