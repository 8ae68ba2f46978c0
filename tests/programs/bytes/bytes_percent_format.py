# printf-style formatting for bytes and bytearray.
print(b'%s' % b'raw', b'%s' % bytearray(b'ba'), b'%s' % memoryview(b'mv'), b'%b' % b'alias')
print(b'%d %i %5d %-5d| %05d %+d' % (1, 2, 3, 4, 5, 6))
print(b'%x %X %#x %o %#o' % (255, 255, 255, 8, 8))
print(b'%f %.1f %e %g' % (1.5, 2.25, 12345.0, 0.0001))
print(b'%c%c' % (65, b'B'), b'%%', b'%r' % 'quoted' if False else b'%a' % 'é', b'%a' % [1, 'x'])
print(b'%(a)s=%(b)d' % {b'a': b'key', b'b': 7})
print(bytearray(b'%s-%s') % (b'x', b'y'), type(bytearray(b'%s') % b'q').__name__)
for bad in [lambda: b'%s' % 'str', lambda: b'%d' % b'1', lambda: b'%c' % 256, lambda: b'%c' % b'ab',
            lambda: b'%s %s' % (b'one',), lambda: b'%(k)s' % {'k': b'v'}, lambda: b'%y' % 1]:
    try:
        print(bad())
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
class HasBytes:
    def __bytes__(self):
        return b'from __bytes__'
print(b'%s' % HasBytes(), bytes(HasBytes()))
class BadBytes:
    def __bytes__(self):
        return 'not bytes'
try:
    bytes(BadBytes())
except TypeError as e:
    print('TypeError:', e)
print(b'%5s|%-5s|%.2s' % (b'ab', b'cd', b'efgh'))
print(b'%*d|%.*f' % (4, 7, 1, 2.55), b'%i%%' % 50)
