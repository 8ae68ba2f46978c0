# Nested loops with flags, for-else search, and loop-variable leakage.
def find_pair(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                break
        else:
            continue
        return a, b
    return None
print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 99))
primes = []
for n in range(2, 40):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
total = 0
for row in grid:
    for val in row:
        if val % 2 == 0:
            continue
        total += val
print(total)
for i in range(3):
    for j in range(3):
        pass
print(i, j)
matrix = []
for r in range(3):
    row = []
    for c in range(4):
        row.append(r * c)
    matrix.append(row)
print(matrix)
print([[row[c] for row in matrix] for c in range(4)])
count = 0
for a in range(5):
    for b in range(5):
        for c in range(5):
            if a < b < c:
                count += 1
print(count)
found = False
for x in 'abc':
    for y in 'xyz':
        if x + y == 'by':
            found = True
            break
    if found:
        break
print(x, y, found)
