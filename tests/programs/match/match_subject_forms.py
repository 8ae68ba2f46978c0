# Subjects: tuples without parens, starred subjects, attribute/call subjects, evaluation once.
calls = 0
def subject():
    global calls
    calls += 1
    return [1, 2]
match subject():
    case [3]:
        pass
    case [1, 3]:
        pass
    case [1, 2]:
        print('matched; subject evaluated', calls, 'time(s)')
x, y = 1, 2
match x, y:
    case (1, 2):
        print('tuple subject without parentheses')
rest = [3, 4]
match 1, *rest:
    case (1, 3, 4):
        print('starred subject')
class Obj:
    attr = {'k': [1, 2, 3]}
match Obj.attr['k'][1:]:
    case [2, 3]:
        print('subscripted subject')
match (lambda: 'called')():
    case 'called':
        print('call subject')
match -5:
    case -5:
        print('negative subject')
match 1 + 1:
    case 2:
        print('expression subject')
def m(v):
    match v:
        case str() | bytes():
            return 'text-ish'
        case [*_]:
            return 'sequence'
        case {**kw}:
            return 'mapping with %d keys' % len(kw)
        case object(__class__=cls):
            return 'object of ' + cls.__name__
print(m('s'), m(b'b'), m([1]), m({'a': 1, 'b': 2}), m(3.5), m(None))
for i in range(3):
    match i:
        case 0:
            continue
        case 1:
            print('one in loop')
        case 2:
            break
print('loop done at', i)
def returns_from_case(v):
    match v:
        case int():
            return 'int'
    return 'after match'
print(returns_from_case(1), returns_from_case('a'))
