# Sequence patterns: fixed length, star captures, nested, and what counts as a sequence.
def seq(x):
    match x:
        case []:
            return 'empty'
        case [a]:
            return 'one: %r' % (a,)
        case [a, b]:
            return 'two: %r %r' % (a, b)
        case [first, *middle, last] if len(middle) > 2:
            return 'long: %r ... %r (%d in middle)' % (first, last, len(middle))
        case [0, *rest]:
            return 'starts with 0, rest=%r' % (rest,)
        case [*_, 9]:
            return 'ends with 9'
        case (a, b, c):
            return 'three: %r' % ((a, b, c),)
        case _:
            return 'not a sequence pattern match'
for v in [[], [1], (1, 2), [1, 2, 3], [0, 1, 2, 3], [1, 2, 3, 4, 5, 6], [5, 5, 9, 9],
          'ab', b'ab', bytearray(b'ab'), {1, 2}, {'a': 1}, range(2), range(3), 5]:
    print(repr(v), '->', seq(v))
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print('nested', a, b, c, d)
match (1, 2, 3, 4):
    case (1, *rest):
        print('rest is a list:', rest, type(rest).__name__)
match [1, 2]:
    case [1, 2, *rest]:
        print('empty star capture:', rest)
print('iterator ->', seq(iter([1])))
match (x for x in [1]):
    case [a]:
        print('generator matched')
    case _:
        print('generators are not sequences')
class MySeq(list):
    pass
match MySeq([7, 8]):
    case [a, b]:
        print('list subclass matched', a, b)
match memoryview(b'xy'):
    case [a, b]:
        print('memoryview matched', a, b)
match [1, 2, 3]:
    case [int(), *_, str()]:
        print('no')
    case [int(), *others]:
        print('class patterns in sequence', others)
