# Iteration order of sets with floats, tuples, frozensets and mixed numeric types.
print({0.5, 1.5, 2.5, 0.25}, {1.0, 2.0, 3.0}, {0.1, 0.2, 0.3}, {-0.5, 0.5, -1.5})
print({1e10, 1e-10, 3.14, 2.718}, {float('inf'), float('-inf'), 0.0}, {1.5, 1, 2})
print({(1, 2), (2, 1), (0, 0), (1,), ()}, {(1, 'x') [:1], (2,), (3,)})
print({(i, i * i) for i in range(6)})
print({((1, 2), 3), (1, (2, 3)), ((), ())})
print({frozenset(), frozenset([1]), frozenset([1, 2]), frozenset([2, 3])})
print({1, 2.5, (3,), frozenset([4]), True, 0.0})
print({1 + 1j, 2 - 1j, 1j, 3 + 0j})
print(set([3.0, 1, 2.0, 5, 4.5]), set([(1, 2.0), (1.0, 2)]))
s = {(x, y) for x in range(3) for y in range(3)}
print(s)
s -= {(1, 1), (0, 2)}
print(s)
print(frozenset({(1, 2), (3, 4)}), {frozenset({1, 2}), frozenset({3})})
print({-1.0, -2.0, -1, -2}, {0.5 * i for i in range(8)})
print({(True, False), (1, 0), (False, True)}, {(None,) == (None,), 5})
