# Combining sequence stars, mapping rests and class patterns in one match.
def analyze(data):
    match data:
        case {'users': [{'name': str(first)}, *others], **meta}:
            return 'first user %s, %d others, meta keys %s' % (first, len(others), sorted(meta))
        case {'users': []}:
            return 'no users'
        case [{'id': int(i)}, *_] if i > 100:
            return 'list starting with big id %d' % i
        case [{'id': int()} as head, *tail]:
            return 'list of records, head=%r, tail len=%d' % (head, len(tail))
        case [[a, b], [c, d]]:
            return '2x2 matrix det=%d' % (a * d - b * c)
        case (str() as s, *rest) if rest and all(isinstance(r, int) for r in rest):
            return '%s with ints %r' % (s, rest)
        case _:
            return 'unrecognised'
samples = [
    {'users': [{'name': 'ann', 'age': 3}, {'name': 'bob'}], 'version': 2, 'source': 'db'},
    {'users': [{'name': 'solo'}]},
    {'users': []},
    {'users': [{'name': 5}]},
    [{'id': 500}, {'id': 1}],
    [{'id': 5, 'x': 1}, {'id': 6}, {'id': 7}],
    [[1, 2], [3, 4]],
    [[1, 2], [3]],
    ('label', 1, 2, 3),
    ('label', 1, 'x'),
    ('label',),
    42,
]
for s in samples:
    print(analyze(s))
