# printf-style % formatting: conversions, flags, width/precision, mappings and errors.
print('%s %r %a' % ('é', 'é', 'é'))
print('%d %i %u' % (42, -42, 7), '%5d|%-5d|%05d|%+d|% d' % (1, 2, 3, 4, 5))
print('%x %X %#x %#X %o %#o' % (255, 255, 255, 255, 8, 8))
print('%f %.2f %10.3f %-10.1f| %e %.3E %g %G' % (3.14159, 2.5, 1.0, -1.25, 12345.678, 0.000123, 1e-10, 1e20))
print('%c%c%c' % (72, 'i', 0x263A))
print('%%', '100%% sure' % (), '%s%%' % 50)
print('%(name)s is %(age)d years' % {'name': 'Ann', 'age': 30}, '%(x)s %(x)r' % {'x': 'dup'})
print('%*d|%-*d|%.*f' % (5, 42, 5, 42, 2, 3.14159))
print('%s' % [1, 2], '%s' % (1,), '%s %s' % (1, 2), '%s' % {'k': 1}, '%r' % 'q')
print('%.3s|%5.2s|%-6s|' % ('abcdef', 'xyz', 'ab'))
print('%d' % 3.99, '%d' % True, '%x' % -255, '%o' % -8, '%.0f' % 0.5, '%.0f' % 1.5)
print('%s' % None, '%d%%' % 5, '%5s|%-5s|' % ('a', 'b'), '%i' % 2 ** 70)
for bad in [lambda: '%d' % 'x', lambda: '%s %s' % (1,), lambda: '%s' % (1, 2),
            lambda: '%(k)s' % (1,), lambda: '%z' % 1, lambda: '%c' % 'ab', lambda: '%c' % -1,
            lambda: '%(k)s' % {}, lambda: '%' % (), lambda: '%x' % 1.5, lambda: '%*d' % ('a', 1)]:
    try:
        print(bad())
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
print(b'%s and %d' % (b'bytes', 5), b'%x' % 255, b'%c' % 65, b'%5b|' % b'ab', b'%r' % 'é' if False else b'%a' % 'é')
class S:
    def __str__(self): return 'S.str'
    def __repr__(self): return 'S.repr'
print('%s %r' % (S(), S()), '%s' % S())
print('%-+8.3f|%+08.2f|%#.0f|%#x|%#o' % (3.14159, -2.5, 3, 0, 0))
print('%.2e %.0e %e' % (0.0, 5e10, float('inf')), '%f %F' % (float('nan'), float('-inf')))
