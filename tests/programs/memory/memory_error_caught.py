# Huge allocations raise MemoryError (or OverflowError) which can be caught.
try:
    s = 'x' * 2 ** 62
except MemoryError as e:
    print('MemoryError from str repeat', repr(e))
try:
    l = [0] * 2 ** 60
except MemoryError as e:
    print('MemoryError from list repeat', repr(e))
try:
    b = b'ab' * 2 ** 62
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, 'from bytes repeat')
try:
    t = (1, 2) * 2 ** 62
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, 'from tuple repeat')
try:
    x = 'x' * 2 ** 63
except OverflowError as e:
    print('OverflowError:', e)
try:
    y = [None] * 2 ** 64
except OverflowError as e:
    print('OverflowError:', e)
try:
    bytearray(2 ** 62)
except MemoryError:
    print('MemoryError from bytearray(2**62)')
try:
    bytes(2 ** 62)
except MemoryError:
    print('MemoryError from bytes(2**62)')
print('still alive', len('x' * 10))
small = ['y'] * 10 ** 6
print(len(small), small[-1])
del small
try:
    ''.join(['ab'] * 10) * 2 ** 61
except OverflowError as e:
    print('OverflowError:', e)
try:
    'ab' * 2 ** 61
except MemoryError:
    print('MemoryError from 2-char string times 2**61')
print(MemoryError.__mro__[1].__name__, issubclass(MemoryError, Exception))
