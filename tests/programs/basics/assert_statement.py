# assert with and without messages; the message expression is lazy.
assert True
assert 1 == 1, 'never shown'
try:
    assert False
except AssertionError as e:
    print('caught', repr(e), e.args)
try:
    assert 1 > 2, 'one is not greater'
except AssertionError as e:
    print('caught', repr(e), e.args)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print('caught', e.args)
def msg():
    print('msg evaluated')
    return 'lazy'
assert True, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print(str(e))
try:
    assert None, 42
except AssertionError as e:
    print(e.args[0] + 1)
class Falsy:
    def __bool__(self):
        print('bool called')
        return False
try:
    assert Falsy(), 'falsy object'
except AssertionError as e:
    print(e)
print(__debug__)
x = 5
try:
    assert x < 0, f'x={x} must be negative'
except AssertionError as e:
    print(e)
t = (x, 'tuple is truthy')
assert t
print('tuple assert passed')
print(issubclass(AssertionError, Exception))
