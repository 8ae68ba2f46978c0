# AttributeError.name/obj and NameError.name, plus suggestions in messages.
class C:
    existing = 1
try:
    C().exisitng
except AttributeError as e:
    print(str(e), '|', e.name, type(e.obj).__name__)
try:
    undefined_thing
except NameError as e:
    print(str(e), '|', e.name)
try:
    None.foo
except AttributeError as e:
    print(str(e), e.name, e.obj)
try:
    [].appendd(1)
except AttributeError as e:
    print(str(e), e.name)
e = AttributeError('manual', name='n', obj=5)
print(e.name, e.obj, e.args)
e = NameError('manual', name='nm')
print(e.name, e.args)
try:
    AttributeError('x', bogus=1)
except TypeError as err:
    print('TypeError:', err)
def func():
    local_value = 1
    return local_valu
try:
    func()
except NameError as err:
    print(str(err), err.name)
class Slotted:
    __slots__ = ('a',)
try:
    Slotted().a
except AttributeError as err:
    print(str(err), err.name)
import sys
try:
    sys.no_such_attribute
except AttributeError as err:
    print(str(err), err.name, err.obj is sys)
try:
    type.__dict__['__name__'].__get__(5)
except TypeError as err:
    print('TypeError:', err)
