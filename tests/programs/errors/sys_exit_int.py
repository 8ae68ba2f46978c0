# sys.exit with an integer code: no traceback, exit status is the code.
import sys
def cleanup():
    print('cleanup in finally')
def work():
    total = 0
    for i in range(5):
        total += i
        print('step', i, 'total', total)
    return total
result = work()
print('result', result)
try:
    sys.exit(0)
except SystemExit as e:
    print('caught SystemExit with code', e.code)
try:
    raise SystemExit
except SystemExit as e:
    print('bare SystemExit code', e.code)
try:
    try:
        sys.exit(3)
    finally:
        cleanup()
except SystemExit as e:
    print('re-caught', e.code, type(e.code).__name__)
print('exiting with status 3')
sys.exit(3)
print('never printed')
