# Literal patterns: numbers, strings, None/True/False, negative and complex literals.
def lit(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case 1.5:
            return 'one and a half'
        case 2 + 3j:
            return 'complex'
        case -2 - 1j:
            return 'negative complex'
        case 'hello':
            return 'greeting'
        case b'bytes':
            return 'bytes literal'
        case 'a' 'b':
            return 'concatenated ab'
        case None:
            return 'None'
        case True:
            return 'True'
        case False:
            return 'False'
        case _:
            return 'other'
for v in [0, 1, 3, -1, 1.5, 2 + 3j, -2 - 1j, 'hello', b'bytes', 'ab', None, True, False, 0.0, 1.0, 'x', [], 4]:
    print(repr(v), '->', lit(v))
def bool_vs_int(x):
    match x:
        case True:
            return 'matched True (identity)'
        case 1:
            return 'matched 1 (equality)'
    return 'no match'
print(bool_vs_int(1), bool_vs_int(True), bool_vs_int(1.0))
class Eq:
    def __eq__(self, o):
        print('  __eq__ called with', o)
        return o == 7
match Eq():
    case 5:
        print('five')
    case 7:
        print('seven via __eq__')
