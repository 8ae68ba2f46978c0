# str.format: auto/manual numbering, keywords, attribute and index access, conversions.
print('{} {} {}'.format(1, 'two', 3.0), '{0} {1} {0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{0[0]} {0[1]} {1[key]} {1[2]}'.format(['l0', 'l1'], {'key': 'v', 2: 'int key'}))
class P:
    x = 5
    inner = {'deep': [10, 20]}
print('{0.x} {p.x} {p.inner[deep]}'.format(P(), p=P()))
print('{0!r} {1!s} {2!a} {0!r:>8}'.format('q', 'w', 'é'))
print('{:>8}|{:<8}|{:^8}|{:*^9}|'.format('r', 'l', 'c', 'star'))
print('{{}} {{{0}}} {{{0}}}'.format(7), '{{{}}}'.format(8))
print('{0:{1}}|{0:{fill}>{w}}|'.format('v', 5, fill='.', w=6))
try:
    print('{a[1]}{a[-1]}'.format(a={1: 'one', -1: 'minus'}))
except KeyError as e:
    print('KeyError (non-digit index is a string key):', e, '{a[-1]}'.format(a={'-1': 'str key'}))
print('{:,} {:_} {:.2%} {:e} {:#b}'.format(1234567, 1234567, 0.256, 1234.5, 5))
print('{}'.format(None), '{}'.format([1, {'a': 2}]), '{0}{0}{0}'.format('x'))
print('{0:}|{0!s:}'.format('empty spec'))
print('{a}{b}'.format_map({'a': 'A', 'b': 'B'}))
class Default(dict):
    def __missing__(self, k):
        return '<' + k + '>'
print('{known} {unknown}'.format_map(Default(known='K')))
errors = [lambda: '{} {1}'.format(1, 2), lambda: '{0} {}'.format(1, 2), lambda: '{2}'.format(1),
          lambda: '{x}'.format(y=1), lambda: '{'.format(), lambda: '}'.format(), lambda: '{0!x}'.format(1),
          lambda: '{0.missing}'.format(1), lambda: '{0[5]}'.format([1]), lambda: '{:d}'.format('s'),
          lambda: '{:s}'.format(5), lambda: '{0[}'.format([1]), lambda: '{:,s}'.format('a'),
          lambda: '{:=}'.format('s'), lambda: '{:+}'.format('s'), lambda: '{0:{1}}'.format(1, '{')]
for e in errors:
    try:
        print(e())
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as err:
        print(type(err).__name__ + ':', err)
print('{0[a]}'.format({'a': 1}), '{0[0]}'.format('str'), '{.real}'.format(3 + 4j))
print('{:}'.format(1.0), '{}'.format(1e16), '{:5}|{:<5}|{:>5}'.format(1, 2, 3))
