# Evaluation order and side effects inside f-strings; walrus and lambdas.
log = []
def v(x):
    log.append(x)
    return x
s = f'{v(1)}-{v(2)}-{v(3):>{v(4)}}-{v(5)!r}'
print(s, log)
log.clear()
s = f'{v("a")}' f'{v("b")}' + f'{v("c")}'
print(s, log)
print(f'{(y := 10)} then {y * 2}')
print(f'{(lambda a, b: a + b)(2, 3)}')
items = [3, 1, 2]
print(f'{sorted(items)} {items} {items.sort() or items}')
count = 0
def bump():
    global count
    count += 1
    return count
print(f'{bump()} {bump()} {bump()}')
class Lazy:
    def __format__(self, spec):
        print('  format called with spec', repr(spec))
        return 'L'
print(f'{Lazy()}{Lazy():abc}{Lazy()!s:>3}' if False else f'{Lazy()}{Lazy():abc}')
def gen():
    yield f'{(yield)}'
g = gen()
next(g)
print(g.send('sent into f-string'))
print(f'{"".join(f"{c}{i}" for i, c in enumerate("abc"))}')
print(f'{[f"{n:02d}" for n in range(3)]}')
a = {'x': 1}
print(f'{a["x"]}', f"{a['x']}", f'{a.get("y", "dflt")}')
print(f'{3 + 4 * 2}', f'{not True}', f'{1 < 2 < 3}', f'{-1 if 0 else +1}')
print(f'{...}', f'{print}' == str(print), f'{type(1)}')
