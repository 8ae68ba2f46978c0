# f-strings call type(obj).__format__; builtins' __format__ with empty and non-empty specs.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == '':
            return str(self)
        if spec == 'cents':
            return '%dc' % self.cents
        if spec.startswith('$'):
            width = int(spec[1:] or 0)
            return ('$%.2f' % (self.cents / 100)).rjust(width)
        raise ValueError('bad money spec ' + repr(spec))
    def __str__(self):
        return 'Money(%d)' % self.cents
m = Money(12345)
print(f'{m}', f'{m:cents}', f'{m:$}', f'[{m:$12}]', format(m, 'cents'), '{:$10}'.format(m))
try:
    f'{m:euro}'
except ValueError as e:
    print('ValueError:', e)
m.__format__ = lambda spec: 'instance attribute ignored'
print(f'{m:cents}')
print(int.__format__(5, '03'), float.__format__(2.5, '.3f'), str.__format__('s', '>3'))
print(object.__format__(m, '') == str(m))
class SubInt(int):
    pass
class SubStr(str):
    def __str__(self):
        return 'SubStr.__str__'
print(f'{SubInt(7):03}', f'{SubStr("raw")}', f'{SubStr("raw")!s}', f'{SubStr("raw"):>5}')
class ReturnsNonStr:
    def __format__(self, spec):
        return 123
try:
    f'{ReturnsNonStr()}'
except TypeError as e:
    print('TypeError:', e)
class FormatFromStr:
    def __str__(self):
        return 'from __str__'
print(f'{FormatFromStr()}', format(FormatFromStr()))
print(format(3.5), format(3.5, ''), format(None), format([1, 2]), format((1,), ''))
print(format(2 ** 70, ','), format(-0.0, ''), format(1e22), format(1e-5, ''))
