# Mismatched brackets: the closing bracket does not match the opening one.
print('never printed')
matrix = [
    [1, 2, 3],
    [4, 5, 6],
    [7, 8, 9],
]
def trace(m):
    return sum(m[i][i] for i in range(len(m)))
print(trace(matrix))
lookup = {
    'a': (1, 2),
    'b': [3, 4),
}
print(lookup)
