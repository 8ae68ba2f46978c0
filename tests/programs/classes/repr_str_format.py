# __repr__, __str__ and __format__ and how builtins use them.
class Both:
    def __repr__(self): return 'Both()'
    def __str__(self): return 'both as str'
class ReprOnly:
    def __repr__(self): return 'ReprOnly<>'
class StrOnly:
    def __str__(self): return 'str only'
for o in (Both(), ReprOnly()):
    print(repr(o), str(o), '%s %r' % (o, o), f'{o} {o!r}', [o], (o,), {'k': o})
print(str(StrOnly()), f'{StrOnly()}', '%s' % StrOnly())
class Fmt:
    def __format__(self, spec):
        return 'Fmt[' + spec + ']'
print(format(Fmt(), 'xyz'), f'{Fmt():>10}', '{:abc}'.format(Fmt()), f'{Fmt()}')
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print('TypeError:', e)
class NoFormatSpec:
    def __str__(self): return 'nfs'
print(format(NoFormatSpec()), f'{NoFormatSpec()!s:>6}|')
try:
    format(NoFormatSpec(), '>6')
except TypeError as e:
    print('TypeError:', e)
class StrSub(str):
    def __str__(self): return 'overridden'
    def __repr__(self): return 'StrSub!'
s = StrSub('base')
print(str(s), repr(s), s + '!', '%s' % s, f'{s}', s.upper())
class IntSub(int):
    def __repr__(self): return 'IntSub(%d)' % int(self)
print(IntSub(5), repr(IntSub(5)), f'{IntSub(5)}', str(IntSub(5)), '%d' % IntSub(5))
class Recur:
    def __init__(self): self.me = [self]
    def __repr__(self): return 'Recur(%r)' % (self.me,)
try:
    repr(Recur())
except RecursionError:
    print('RecursionError from recursive repr')
print(repr(1.0), str(1.0), repr('q'), str('q'), repr(None), ascii('é'))
