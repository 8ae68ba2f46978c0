# Nested lists/dicts/tuples: deep access, copies, aliasing and equality.
data = {'users': [{'name': 'ann', 'tags': ['a', 'b']}, {'name': 'bob', 'tags': []}], 'meta': {'count': 2}}
print(data['users'][0]['tags'][-1], data['meta']['count'], len(data['users'][1]['tags']))
def deep_copy(x):
    if isinstance(x, dict):
        return {k: deep_copy(v) for k, v in x.items()}
    if isinstance(x, list):
        return [deep_copy(v) for v in x]
    return x
copy = deep_copy(data)
copy['users'][0]['tags'].append('c')
print(data['users'][0]['tags'], copy['users'][0]['tags'], copy == data)
shallow = dict(data)
shallow['meta']['count'] = 99
print(data['meta']['count'])
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
aliased = [[0] * 3] * 3
aliased[1][1] = 5
print(grid, aliased)
def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, [5, (6,)]])], [], 7])))
def depth(x):
    return 1 + max((depth(y) for y in x), default=0) if isinstance(x, list) else 0
print(depth([]), depth([1]), depth([[1], [[2]]]), depth([[[[[]]]]]))
tree = {}
for path in ['a/b/c', 'a/b/d', 'a/e', 'f']:
    node = tree
    for part in path.split('/'):
        node = node.setdefault(part, {})
print(tree)
def count_leaves(t):
    return sum(count_leaves(v) if v else 1 for v in t.values())
print(count_leaves(tree))
print([[1, 2], [3]] == [[1, 2], [3]], [[1, 2]] < [[1, 3]], {'a': [1]} == {'a': [1]}, ([1],) == ([1],))
