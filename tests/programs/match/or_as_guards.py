# Or-patterns, as-patterns, and guards (including side effects and binding rules).
def classify(cmd):
    match cmd.split():
        case ['go', ('north' | 'south' | 'east' | 'west') as direction]:
            return 'going ' + direction
        case ['pick', 'up', item] | ['take', item]:
            return 'taking ' + item
        case ['drop', *items] if items:
            return 'dropping ' + ', '.join(items)
        case ['drop']:
            return 'drop what?'
        case [('quit' | 'exit') as word]:
            return 'bye (' + word + ')'
        case [verb, *_] as whole if len(whole) > 3:
            return 'too long: ' + verb
        case _:
            return 'unknown'
for c in ['go north', 'go up', 'pick up lamp', 'take sword', 'drop a b', 'drop', 'quit', 'exit', 'a b c d e', 'x']:
    print(repr(c), '->', classify(c))
calls = []
def guard(name, result):
    calls.append(name)
    return result
match 5:
    case int() if guard('g1', False):
        pass
    case 5 if guard('g2', True):
        print('second guard succeeded')
print(calls)
match [1, 2]:
    case [x, y] if x > y:
        print('no')
    case [x, y]:
        print('guard failure leaves bindings usable', x, y)
match (1, 'a'):
    case ((1 | 2) as n, ('a' | 'b') as s):
        print('nested or with as', n, s)
match 3:
    case 1 | 2 | 3 as small:
        print('as binds whole or-pattern', small)
match [1, [2, 3]]:
    case [a, [b, c] as inner] as outer:
        print(a, b, c, inner, outer)
for src in ['match x:\n    case [a] | [b]:\n        pass\n',
            'match x:\n    case [a] | [a, b]:\n        pass\n',
            'match x:\n    case _ as y:\n        pass\n',
            'match x:\n    case 1 as _:\n        pass\n']:
    try:
        compile(src, 's', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
