# Constructors of builtin types called with unusual but valid arguments.
print(list(range(3)), list({'a': 1}.values()), list(b'ab'), list(memoryview(b'xy')), list(zip('ab', 'cd')))
print(tuple({1: 2}), tuple('ab'), tuple(x for x in range(2)), tuple(reversed([1, 2])))
print(sorted(set('hello')), sorted(frozenset(range(3))), sorted(set({'k': 1}.items())))
print(dict([('a', 1), ['b', 2], 'cd']), dict(((1, 2),)), dict({}.items()), dict(zip(range(3), 'abc')))
print(str(), str(5), str(b'x', 'ascii'), bytes('ab', 'ascii'), bytes([1, 2]), bytes(2), bytearray('é', 'utf-8'))
print(int('  12 '), int(12.9), int('z', 36), float(' 1.5 '), float(1), complex('2j'), complex(1, -1), bool([0]))
print(frozenset('aba') == frozenset('ab'), set() == frozenset(), range(0, 10, 3)[-1], slice(3).stop)
print(type(object()).__name__, type(NotImplemented).__name__, type(Ellipsis).__name__)
print(list(map(type, [1, 1.0, '', b'', [], (), {}, set(), None])))
for ctor, arg in [(list, 5), (tuple, None), (dict, 'ab'), (set, 1.5), (bytes, 'str'), (int, []), (float, {}), (complex, 'x')]:
    try:
        ctor(arg)
    except (TypeError, ValueError) as e:
        print(ctor.__name__, type(e).__name__ + ':', e)
print(bytearray(b'a') == b'a', memoryview(b'q') == b'q', list(bytearray(3)), str(bytearray(b'z'), 'ascii'))
