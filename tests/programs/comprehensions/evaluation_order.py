# Order of evaluation of clauses in comprehensions.
log = []
def it(name, seq):
    log.append('iter ' + name)
    return seq
def cond(name, v):
    log.append('cond %s %r' % (name, v))
    return True
def elt(v):
    log.append('elt %r' % (v,))
    return v
r = [elt((a, b)) for a in it('A', [1, 2]) if cond('a', a) for b in it('B', 'xy') if cond('b', b)]
print(r)
for entry in log:
    print(entry)
log.clear()
d = {elt('k%d' % i): elt('v%d' % i) for i in it('D', range(2))}
print(d, log)
log.clear()
s = {elt(i) for i in it('S', [3, 1, 3])}
print(sorted(s), log)
log.clear()
g = (elt(i) for i in it('G', [7, 8]))
print('genexp created', log)
print(list(g), log)
