# Builtin types that cannot be subclassed, and instantiation errors for internal types.
for t in (bool, type(None), type(...), range, slice, memoryview, type(lambda: 0), type(print)):
    try:
        class X(t):
            pass
        print(t.__name__, 'subclassable')
    except TypeError as e:
        print('TypeError:', e)
for t in (int, str, list, dict, tuple, set, frozenset, float, complex, bytes, bytearray, object, type, Exception):
    class Y(t):
        pass
    print(t.__name__, 'ok', Y.__base__.__name__)
try:
    type(None)(1)
except TypeError as e:
    print('TypeError:', e)
print(type(None)(), type(...)(), type(NotImplemented)())
try:
    type(lambda: 0)()
except TypeError as e:
    print('TypeError:', e)
try:
    bool.__new__(bool, 1) and None
    print('bool.__new__ ok', bool.__new__(bool, 5))
except TypeError as e:
    print('TypeError:', e)
class IntSubWithSlots(int):
    __slots__ = ()
print(IntSubWithSlots(5) + 1)
try:
    class BadSlots(int):
        __slots__ = ('a',)
except TypeError as e:
    print('TypeError:', e)
try:
    class TupleSlots(tuple):
        __slots__ = ('a',)
except TypeError as e:
    print('TypeError:', e)
