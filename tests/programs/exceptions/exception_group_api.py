# ExceptionGroup API: exceptions, message, subgroup, split, derive, nesting.
eg = ExceptionGroup('top', [ValueError('a'), TypeError('b'), ExceptionGroup('sub', [ValueError('c'), KeyError('d')])])
print(eg.message, len(eg.exceptions), type(eg.exceptions).__name__, str(eg))
print(repr(eg))
vg = eg.subgroup(ValueError)
print(repr(vg))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
print(eg.subgroup(OSError), eg.split(OSError)[0], eg.split(BaseException)[1])
print(eg.subgroup(ExceptionGroup) is eg)
d = eg.derive([ZeroDivisionError()])
print(repr(d), type(d).__name__)
print(type(BaseExceptionGroup('b', [ValueError()])).__name__, type(BaseExceptionGroup('b', [KeyboardInterrupt()])).__name__)
for bad in [lambda: ExceptionGroup('m', []), lambda: ExceptionGroup('m', [1]),
            lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup('m', ValueError())]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + '!', excs)
mg = MyGroup('mine', [ValueError(1), KeyError(2)])
m, r = mg.split(ValueError)
print(type(m).__name__, m.message, type(r).__name__, r.message)
eg.add_note('note on group')
sg = eg.subgroup(TypeError)
print(sg.__notes__, sg.__cause__ is eg.__cause__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), ExceptionGroup.__mro__[1].__name__)
print(eg.exceptions[2].exceptions[1].args)
