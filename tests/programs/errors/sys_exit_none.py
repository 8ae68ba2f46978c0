# sys.exit(None) and falling off the end both exit with status 0; finally blocks run.
import sys
def main():
    try:
        print('main running')
        for i in range(3):
            print('iteration', i)
        sys.exit()
    finally:
        print('finally runs during SystemExit')
try:
    sys.exit(None)
except SystemExit as e:
    print('code is', e.code, e.args)
try:
    sys.exit(False)
except SystemExit as e:
    print('False code', repr(e.code))
class Flag:
    pass
print('calling main')
print(sys.exit.__name__)
items = [1, 2, 3]
print(sum(items))
main()
print('never printed')
