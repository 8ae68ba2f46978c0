# An assert that fails at top level: AssertionError with the message as the last stderr line.
def mean(xs):
    assert xs, 'mean() of empty sequence'
    return sum(xs) / len(xs)
print(mean([1, 2, 3]))
print(mean([2.5]))
try:
    mean([])
except AssertionError as e:
    print('caught:', e)
data = {'a': 1, 'b': 2}
assert data['a'] == 1
assert 'b' in data, 'b should be present'
print('assertions so far passed')
values = [mean([i, i + 1]) for i in range(4)]
print(values)
assert all(v > 0 for v in values), 'positive'
print('checking the invariant that fails')
assert values == sorted(values, reverse=True), 'values must be descending, got %r' % (values,)
print('never printed')
