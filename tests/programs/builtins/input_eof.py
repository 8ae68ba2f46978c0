# input() with empty stdin raises EOFError; the prompt is still written.
import sys
print('before input')
try:
    line = input('prompt> ')
    print('got', repr(line))
except EOFError as e:
    print()
    print('EOFError:', repr(e), e.args)
try:
    input()
except EOFError:
    print('second input also EOF')
print(sys.stdin.read() == '', sys.stdin.readline() == '')
print(list(sys.stdin) == [])
print(sys.stdin.isatty() is False, sys.stdout.isatty() is False)
try:
    input('a', 'b')
except TypeError as e:
    print('TypeError:', e)
class Prompt:
    def __str__(self):
        return 'custom-prompt> '
try:
    input(Prompt())
except EOFError:
    print()
    print('EOFError after custom prompt')
print('end')
