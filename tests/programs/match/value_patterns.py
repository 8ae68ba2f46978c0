# Value patterns (dotted names) compare with ==.
class Color:
    RED = 'red'
    GREEN = 'green'
    BLUE = 'blue'
class Codes:
    class HTTP:
        OK = 200
        NOT_FOUND = 404
def describe(c):
    match c:
        case Color.RED:
            return 'stop'
        case Color.GREEN:
            return 'go'
        case Codes.HTTP.OK:
            return 'ok'
        case Codes.HTTP.NOT_FOUND:
            return 'missing'
        case _:
            return 'unknown'
for v in ['red', 'green', 'blue', 200, 404, 200.0, 500]:
    print(v, describe(v))
import sys
match sys.maxsize:
    case sys.maxsize:
        print('dotted module attribute as value pattern')
class Lookups:
    calls = 0
    class Inner:
        pass
class Counting:
    @property
    def VALUE(self):
        Lookups.calls += 1
        return 3
inst = Counting()
match 3:
    case inst.VALUE:
        print('matched property value, lookups:', Lookups.calls)
Color.RED = 'crimson'
print(describe('crimson'), describe('red'))
match [Color.GREEN, 200]:
    case [Color.GREEN, Codes.HTTP.OK]:
        print('values inside sequence pattern')
match 1:
    case True if False:
        pass
    case Codes.HTTP.OK | 1:
        print('value pattern in or-pattern')
