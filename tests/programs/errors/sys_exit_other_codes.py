# SystemExit with a non-int, non-None code prints it to stderr and exits with status 1.
import sys
for code in [0, 1, 42, 'text', None, [1, 2]]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(code), '->', repr(e.code))
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print('two args:', e.code, e.args)
try:
    raise SystemExit('a', 'b')
except SystemExit as e:
    print('two string args:', e.code)
class Code:
    def __str__(self):
        return 'custom exit object'
print('about to exit with a custom object')
print('stdout is flushed before stderr message')
values = {'exit': 'pending'}
print(values)
print(isinstance(SystemExit(), BaseException), issubclass(SystemExit, Exception))
print('bye')
sys.exit(Code())
