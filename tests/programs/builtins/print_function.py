# print() with sep, end, file=sys.stdout, flush, and non-string objects.
import sys
print()
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=', ', end='!\n')
print('no newline', end='')
print(' <- continued')
print(1, 2.5, None, True, [1, 'x'], {'k': (1,)}, sep=' | ')
print('to stdout', file=sys.stdout)
print('flushed', flush=True)
print(*range(5), sep='')
print(*[], sep='x', end='[empty]\n')
print('multi\nline', 'arg')
print('sep None', 'works', sep=None, end=None)
print('', '', sep='-')
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError:', e)
try:
    print('x', end=b'bytes')
except TypeError as e:
    print('TypeError:', e)
try:
    print('x', file='not a file')
except AttributeError as e:
    print('AttributeError:', e)
class Writer:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = Writer()
print('captured', 42, sep='+', end='$', file=w)
print(w.parts)
print('file=None goes to stdout', file=None)
class Obj:
    def __str__(self): return 'Obj.__str__'
print(Obj(), [Obj()] if False else 'list skipped', sep='\t')
sys.stdout.write('direct write\n')
print(sys.stdout.write('returns length\n'))
print('é ü 日本 😀')
print(repr('\x00'), '\t|tab')
