# Exit status is taken modulo 256 by the operating system; negative codes too.
import sys
print('exit codes wrap at 256 on POSIX')
codes = [0, 1, 255, 256, 257, -1]
for c in codes:
    try:
        sys.exit(c)
    except SystemExit as e:
        print(c, e.code, c % 256)
def nested(level):
    if level == 0:
        sys.exit(258)
    try:
        nested(level - 1)
    finally:
        print('unwinding level', level)
print('exiting with 258 -> status 2')
nested(3)
