# Capture patterns, the wildcard, and bindings left after failed matches.
def f(x):
    match x:
        case 0:
            return 'zero'
        case n:
            return 'captured %r' % (n,)
print(f(0), f(5), f('s'), f(None))
match 42:
    case _:
        print('wildcard always matches')
match [1, 2]:
    case [a, _]:
        print('a =', a)
try:
    _
    print('underscore bound?')
except NameError:
    print('wildcard does not bind _')
match (1, 2, 3):
    case (x, y, 99):
        print('no')
    case _:
        print('fallthrough, x/y partially bound?', 'x' in dir(), 'y' in dir())
value = 'outer'
match 'inner':
    case value:
        pass
print(value)
for src in ['match x:\n    case a:\n        pass\n    case 1:\n        pass\n',
            'match x:\n    case _:\n        pass\n    case 1:\n        pass\n',
            'match x:\n    case [a, a]:\n        pass\n',
            'match x:\n    case a | b:\n        pass\n']:
    try:
        compile(src, 'src', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
match {'k': 'v'}:
    case whole:
        print(whole, type(whole).__name__)
def no_case_matches(x):
    match x:
        case 1:
            return 'one'
    return 'fell through match'
print(no_case_matches(2))
match = 'match is a soft keyword'
case = 'so is case'
print(match, case)
