# Messages of common builtin errors raised by operations.
tests = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(1, 0),
    lambda: [][1], lambda: ()[0], lambda: 'abc'[10], lambda: {}['missing'], lambda: {}[(1, 2)],
    lambda: int('abc'), lambda: int('1.5'), lambda: float('x'), lambda: int('', 10),
    lambda: 'a' + 1, lambda: 1 + 'a', lambda: [] + (), lambda: None + 1, lambda: -'a',
    lambda: len(1), lambda: None.attr, lambda: (1).foo, lambda: 'x'.missing(),
    lambda: undefined_var, lambda: [1, 2].index(3), lambda: 'abc'.index('z'),
    lambda: {}.pop('k'), lambda: [].pop(), lambda: set().pop(), lambda: int(None),
    lambda: hash([]), lambda: {[]: 1}, lambda: iter(1), lambda: next(iter([])),
    lambda: 'a' * 'b', lambda: [1] * 1.5, lambda: 2 ** 10000.0, lambda: chr(-1),
    lambda: chr(0x110000), lambda: ord('ab'), lambda: 'x'.encode('nope'),
    lambda: b'\xff'.decode('utf-8'), lambda: 'é'.encode('ascii'), lambda: int('z', 37),
    lambda: range(1, 2, 0), lambda: (1, 2) < (1, 'a'), lambda: sorted([1, 'a']),
    lambda: max([]), lambda: min([], key=len), lambda: 'abc'.split(''),
    lambda: list(zip([1], [2, 3], strict=True)), lambda: (lambda x: x)(),
    lambda: 10 ** -1 % 0, lambda: 0.0 ** -1, lambda: complex(1, 1) // 1,
    lambda: {}.fromkeys(1), lambda: 'abc'[float('1.5')], lambda: [1, 2][None:'x'],
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, 'no error')
    except Exception as e:
        print(i, type(e).__name__ + ':', e)
