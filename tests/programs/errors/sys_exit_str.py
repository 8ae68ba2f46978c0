# sys.exit with a string: the message goes to stderr and the exit status is 1.
import sys
print('validating input')
args = ['--verbose', '--level', 'x']
options = {}
i = 0
while i < len(args):
    if args[i] == '--verbose':
        options['verbose'] = True
        i += 1
    elif args[i] == '--level':
        options['level'] = args[i + 1]
        i += 2
    else:
        i += 1
print(options)
try:
    sys.exit('caught message')
except SystemExit as e:
    print('caught:', e.code, e.args)
if not options['level'].isdigit():
    print('level is not a number, exiting')
    sys.exit('error: --level expects an integer, got %r' % options['level'])
print('never printed')
